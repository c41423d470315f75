"""RSRefSeg (arXiv 2501.06809): SigLIP encoders + AttnPrompter + SAM2 mask decoder, LoRA-tuned."""
