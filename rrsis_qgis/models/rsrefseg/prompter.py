"""AttnPrompter (RSRefSeg §II-C): text semantics filter the SigLIP feature map into SAM2 prompts.

Layer shapes follow the authors' implementation: sigmoid-calibrated cosine activations with SigLIP's own
logit scale and bias; local (per-token) and global (pooled / EOS) activated features concatenated with the
raw map; a 1x1 Conv-BN-GELU to the prompt width, SAM2's positional encoding added, then stride-2
Conv-BN-GELU blocks and a 1x1 conv; each remaining cell is one sparse prompt. The local activations
average over the tokens ``token_mask`` marks: with the authors' unpadded text (``text_pooling:
end_token``) every token of the expression, as they do; with text padded to a fixed length (``padded``)
the real words only, since an average over SigLIP's 64-token padding would drown short expressions.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn


class ConvBnGelu(nn.Sequential):
    def __init__(self, in_channels: int, out_channels: int, kernel_size: int, stride: int = 1) -> None:
        super().__init__(
            nn.Conv2d(in_channels, out_channels, kernel_size, stride, padding=kernel_size // 2, bias=False),
            nn.BatchNorm2d(out_channels),
            nn.GELU(),
        )


class AttnPrompter(nn.Module):
    def __init__(self, clip_width: int, prompt_width: int, downsamples: int) -> None:
        super().__init__()
        self.down_channel = ConvBnGelu(3 * clip_width, prompt_width, kernel_size=1)
        self.down_spatial = nn.Sequential(
            *[ConvBnGelu(prompt_width, prompt_width, kernel_size=3, stride=2) for _ in range(downsamples)],
            nn.Conv2d(prompt_width, prompt_width, kernel_size=1),
        )

    def forward(
        self,
        vision: torch.Tensor,
        tokens: torch.Tensor,
        token_mask: torch.Tensor,
        pooled: torch.Tensor,
        logit_scale: torch.Tensor,
        logit_bias: torch.Tensor,
        positional: torch.Tensor,
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """
        vision: B x C x h x w SigLIP patch features; tokens: B x T x C; token_mask: B x T (1 = word,
        0 = padding); pooled: B x C sentence (EOS) embedding; positional: 1 x D x h x w.
        Returns sparse prompts B x N x D and the global activation logits B x 1 x h x w.
        """
        unit_vision = F.normalize(vision, dim=1)
        scale = logit_scale.exp()

        local_logits = torch.einsum("bchw,btc->bthw", unit_vision, F.normalize(tokens, dim=-1))
        local_activation = torch.sigmoid(local_logits * scale + logit_bias) * token_mask[:, :, None, None]
        words = token_mask.sum(dim=1).clamp(min=1)[:, None, None, None]
        local_feature = torch.einsum("bthw,bchw->bchw", local_activation, vision) / words
        local_feature = (vision + local_feature) / 2

        global_logits = torch.einsum("bchw,bc->bhw", unit_vision, F.normalize(pooled, dim=-1))
        global_logits = (global_logits * scale + logit_bias).unsqueeze(1)
        global_feature = torch.sigmoid(global_logits) * vision

        attended = self.down_channel(torch.cat([local_feature, global_feature, vision], dim=1))
        prompts = self.down_spatial(attended + positional)
        return prompts.flatten(2).transpose(1, 2), global_logits
