"""LoRA adapters through peft, injected in place into any torch module (no PeftModel wrapper)."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from torch import nn

from ...foundation.dependencies import require


@dataclass(frozen=True)
class LoraSettings:
    """One adapter: ``target_modules`` is a regular expression over module names inside the host."""

    target_modules: str
    rank: int = 16
    alpha: int = 16
    dropout: float = 0.1

    def to_dict(self) -> dict:
        return asdict(self)


def inject_lora(host: nn.Module, settings: LoraSettings) -> None:
    """Freeze ``host`` and add trainable low-rank adapters to the modules the settings name."""
    peft = require("peft")
    host.requires_grad_(False)
    config = peft.LoraConfig(
        r=settings.rank,
        lora_alpha=settings.alpha,
        lora_dropout=settings.dropout,
        target_modules=settings.target_modules,
        bias="none",
    )
    peft.inject_adapter_in_model(config, host)
    if not any(isinstance(module, peft.tuners.lora.LoraLayer) for module in host.modules()):
        raise ValueError(
            f"LoRA target {settings.target_modules!r} matches no module of {type(host).__name__}"
        )


def merge_lora(host: nn.Module) -> int:
    """Fold every adapter into its base weight (faster inference); returns how many were merged."""
    peft = require("peft")
    merged = 0
    for module in host.modules():
        if isinstance(module, peft.tuners.lora.LoraLayer) and not module.merged:
            module.merge()
            merged += 1
    return merged
