"""Referring expressions understood without a trained model: parsed into a program (pure Python, shown in
the panel too) and run over a detector's candidates. Below the protocol; imports only foundation."""
