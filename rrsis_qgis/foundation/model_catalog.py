"""The models the plugin offers, as plain data (no torch import), shown in the dock and the CLI."""

from __future__ import annotations

from dataclasses import dataclass, field

from .plugin_files import plugin_file

DEMO_CHECKPOINT = "resources/models/synthetic-demo"
# config.json only: the weights of these zero-shot models are public hub models
PSLG_CONFIG = "resources/models/pslg-sam2"
PSLG_TINY_CONFIG = "resources/models/pslg-sam2-tiny"
PSLG_REFER_CONFIG = "resources/models/pslg-sam2-refer"
SAM3_TEXT_CONFIG = "resources/models/sam3-text"
# The RS2-SAM2 authors' released models: one folder each in their hub repository (EvfSamModel folders)
RS2SAM2_RELEASE = "ReeF2025/RS2-SAM2"


def _shipped(relative: str) -> str:
    """Path of a checkpoint shipped with the plugin (its expected place if it is missing)."""
    try:
        return str(plugin_file(relative))
    except FileNotFoundError:
        return relative


@dataclass(frozen=True)
class ModelSpec:
    """One selectable model.

    ``weights`` is where its trained weights come from: a checkpoint directory, a file, or a hub id;
    ``sha256`` (optional) is the checksum its model.safetensors must have; ``backbones`` are the
    pretrained encoders it is built on (hub ids or local folders).
    """

    name: str
    model_type: str  # what its config.json says (see models/registry.py)
    description: str
    backbones: dict[str, str] = field(default_factory=dict)
    weights: str | None = None
    sha256: str | None = None
    ram_gb: float = 0.0
    vram_gb: float = 0.0


CATALOG: dict[str, ModelSpec] = {
    spec.name: spec
    for spec in (
        ModelSpec(
            name="pslg-sam2",
            model_type="pslg",
            description="PSLG-SAM zero-shot: Grounding DINO box, SAM2.1 Hiera-L, clustering and refinement",
            backbones={
                "detector": "IDEA-Research/grounding-dino-base",
                "sam2": "facebook/sam2.1-hiera-large",
            },
            weights=_shipped(PSLG_CONFIG),
            ram_gb=6.0,
            vram_gb=4.0,
        ),
        ModelSpec(
            name="pslg-sam2-tiny",
            model_type="pslg",
            description=(
                "PSLG-SAM zero-shot, small: Grounding DINO tiny at 512 px, SAM2.1 Hiera-T (on 2 CPU "
                "cores about 7 s for a 1024² view's first expression, 4 s for each further one; for a "
                "laptop without a GPU)"
            ),
            backbones={
                "detector": "IDEA-Research/grounding-dino-tiny",
                "sam2": "facebook/sam2.1-hiera-tiny",
            },
            weights=_shipped(PSLG_TINY_CONFIG),
            ram_gb=2.0,
            vram_gb=1.5,
        ),
        ModelSpec(
            name="sam3-text",
            model_type="sam3_text",
            description="SAM3 zero-shot: the expression as a concept prompt (facebook/sam3; gated)",
            backbones={"sam3": "facebook/sam3"},
            weights=_shipped(SAM3_TEXT_CONFIG),
            ram_gb=5.0,
            vram_gb=4.0,
        ),
        ModelSpec(
            name="pslg-sam2-refer",
            model_type="pslg",
            description=(
                "PSLG-SAM zero-shot with MM Grounding DINO base 'all', whose pretraining includes the "
                "referring sets RefCOCO/+/g: reads fuller phrases; SAM2.1 Hiera-L"
            ),
            backbones={
                "detector": "openmmlab-community/mm_grounding_dino_base_all",
                "sam2": "facebook/sam2.1-hiera-large",
            },
            weights=_shipped(PSLG_REFER_CONFIG),
            ram_gb=6.0,
            vram_gb=4.0,
        ),
        ModelSpec(
            name="rs2sam2-rrsisd",
            model_type="rs2sam2",
            description=(
                "RS2-SAM2 (AAAI 2026), the authors' weights trained on RRSIS-D (17,402 expressions on "
                "800×800 optical images, DIOR's 20 classes; 66.7 mIoU on its test set): BEiT-3 large + "
                "SAM2 Hiera-L, reads the whole sentence"
            ),
            backbones={"sam2": "facebook/sam2.1-hiera-large"},
            weights=f"{RS2SAM2_RELEASE}/rrsisd",
            ram_gb=8.0,
            vram_gb=6.0,
        ),
        ModelSpec(
            name="rs2sam2-refseg",
            model_type="rs2sam2",
            description=(
                "RS2-SAM2 (AAAI 2026), the authors' weights trained on RefSegRS (4,420 expressions on "
                "aerial tiles of German cities from SkyScapes, 13 cm pixels downsampled: vehicles, roads, "
                "buildings, vegetation; 73.9 mIoU on its test set): BEiT-3 large + SAM2 Hiera-L"
            ),
            backbones={"sam2": "facebook/sam2.1-hiera-large"},
            weights=f"{RS2SAM2_RELEASE}/refseg",
            ram_gb=8.0,
            vram_gb=6.0,
        ),
        ModelSpec(
            name="synthetic-demo",
            model_type="rsrefseg",
            description="Tiny RSRefSeg trained on synthetic scenes: shows the pipeline, not for real imagery",
            weights=_shipped(DEMO_CHECKPOINT),
            ram_gb=0.5,
        ),
        ModelSpec(
            name="rsrefseg-sam2.1-large",
            model_type="rsrefseg",
            description="RSRefSeg: SigLIP so400m + SAM2.1 Hiera-L (needs a trained checkpoint)",
            backbones={"siglip": "google/siglip-so400m-patch14-384", "sam2": "facebook/sam2.1-hiera-large"},
            ram_gb=8.0,
            vram_gb=6.0,
        ),
        ModelSpec(
            name="rsrefseg-sam2.1-base-plus",
            model_type="rsrefseg",
            description="RSRefSeg: SigLIP so400m + SAM2.1 Hiera-B+ (needs a trained checkpoint)",
            backbones={
                "siglip": "google/siglip-so400m-patch14-384",
                "sam2": "facebook/sam2.1-hiera-base-plus",
            },
            ram_gb=6.0,
            vram_gb=4.0,
        ),
    )
}


def default_model(device: str, gpu_kind: str) -> str:
    """The model an analyst gets without choosing: the small zero-shot one when the models run on the
    CPU (``device`` cpu, or auto on a machine whose ``gpu_kind`` is cpu), else the large one."""
    on_cpu = device == "cpu" or (device == "auto" and gpu_kind == "cpu")
    return "pslg-sam2-tiny" if on_cpu else "pslg-sam2"
