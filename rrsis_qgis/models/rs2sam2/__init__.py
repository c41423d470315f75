"""RS2-SAM2 (AAAI 2026): BEiT-3 union encoder, bidirectional fusion adapters in SAM2, pseudo-mask prompt."""
