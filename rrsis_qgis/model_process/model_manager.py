"""ModelManager: the one way the plugin and the CLI get a Predictor.

Resolves a catalogue name, a local checkpoint folder or file, or a Hugging Face hub id to a local folder
(downloading with progress when needed), picks the device (cuda > mps > cpu), loads through the model's
own code, and keeps one model warm until another is asked for or ``unload`` is called.
torch is imported only when a model is loaded.
"""

from __future__ import annotations

import gc
import hashlib
import re
import sys
from pathlib import Path

from ..foundation.dependencies import REQUIRED_PACKAGES, install_command, missing_packages, require
from ..foundation.errors import CheckpointMismatch, DependencyMissing, DeviceUnavailable, ModelNotFound
from ..foundation.messages import QT_TRANSLATE_NOOP, Message
from ..foundation.model_catalog import CATALOG, ModelSpec
from ..foundation.model_types import ModelType, model_type
from ..foundation.predictor import Predictor
from ..foundation.run_settings import RunSettings
from ..models.registry import LoadContext, ProgressCallback

# owner/name, optionally with a folder of that repository (ReeF2025/RS2-SAM2/rrsisd: one of its models)
HUB_ID = re.compile(r"^(?P<repo>[A-Za-z0-9][\w.-]*/[\w.-]+)(?:/(?P<folder>[\w.-]+(?:/[\w.-]+)*))?$")
# Only what the loaders read. A repository's pickled weights (.bin/.pt/.pth) are not fetched: where they
# sit beside .safetensors they are the same gigabytes again. A checkpoint folder of a repository that has
# no .safetensors gets its pickles, which are read with weights_only=True (tensors only).
HUB_PATTERNS = ["*.json", "*.safetensors", "*.model", "*.txt"]
PICKLED_PATTERNS = ["*.bin", "*.pt", "*.pth"]


def pick_device(requested: str = "auto") -> str:
    """``requested`` when this machine has it, else DeviceUnavailable; "auto": cuda > mps > cpu."""
    torch = require("torch")
    available = {"cuda": torch.cuda.is_available(), "mps": torch.backends.mps.is_available(), "cpu": True}
    if requested == "auto":
        return next(device for device, present in available.items() if present)
    kind, _, index = requested.partition(":")
    if not available.get(kind, False) or (index and int(index) >= torch.cuda.device_count()):
        raise DeviceUnavailable(
            f"this machine has no '{requested}' device; choose 'auto' or 'cpu' (or another GPU) instead"
        )
    return requested


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class ModelManager:
    def __init__(
        self,
        catalog: dict[str, ModelSpec] | None = None,
        cache_dir: Path | None = None,
        progress: ProgressCallback | None = None,
    ) -> None:
        self.catalog = CATALOG if catalog is None else catalog
        self.cache_dir = cache_dir
        self.progress = progress
        self._loaded_key: tuple[str, str, str] | None = None
        self._asked: tuple[str, str, str] | None = None  # the model, device and precision it was asked as
        self._predictor: Predictor | None = None
        self.loaded_type: ModelType | None = None  # what the loaded model reads and whether it takes clicks

    # ---- where weights are ------------------------------------------------------------------------

    def resolve(self, source: str) -> Path:
        """A local folder for ``source``: an existing folder or file, a catalogue name, or a hub id."""
        path = Path(source).expanduser()
        if path.exists():
            return path.resolve() if path.is_dir() else path.resolve().parent
        if source in self.catalog:
            return self._resolve_spec(self.catalog[source])
        hub_id = HUB_ID.match(source)
        if hub_id:
            return self._download(hub_id["repo"], hub_id["folder"])
        known = ", ".join(self.catalog) or "none"
        raise ModelNotFound(
            f"'{source}' is neither a local folder or file, nor a registered model ({known}), "
            "nor a Hugging Face hub id (owner/name)."
        )

    def _resolve_spec(self, spec: ModelSpec) -> Path:
        if spec.weights is None:
            raise ModelNotFound(
                f"'{spec.name}' has no published trained weights: train a checkpoint with "
                "`python -m rrsis_qgis train` and choose its folder instead."
            )
        folder = self.resolve(spec.weights)
        if spec.sha256:
            from ..models.common.checkpoint import WEIGHTS_FILE

            actual = sha256_of(folder / WEIGHTS_FILE)
            if actual != spec.sha256:
                raise CheckpointMismatch(
                    f"{folder / WEIGHTS_FILE} has checksum {actual[:12]}…, expected {spec.sha256[:12]}…: "
                    "the download is damaged or a different file; delete it and download again."
                )
        return folder

    def _download(self, repo_id: str, folder: str | None = None) -> Path:
        """The local copy of a hub repository, or of one ``folder`` of it (a checkpoint folder)."""
        hub = require("huggingface_hub")
        name = f"{repo_id}/{folder}" if folder else repo_id
        self._report(
            0.0,
            Message(QT_TRANSLATE_NOOP("messages", "Fetching {model} from the Hugging Face Hub…"), model=name),
        )

        def fetch(patterns: list[str]) -> Path:
            return Path(
                hub.snapshot_download(
                    repo_id,
                    cache_dir=self.cache_dir,
                    allow_patterns=[f"{folder}/{pattern}" for pattern in patterns] if folder else patterns,
                    tqdm_class=self._tqdm_class(name),
                )
            )

        try:
            snapshot = fetch(HUB_PATTERNS)
            if folder and not any((snapshot / folder).glob("*.safetensors")):
                snapshot = fetch(PICKLED_PATTERNS)
        except (hub.errors.LocalEntryNotFoundError, hub.errors.HfHubHTTPError, OSError) as error:
            command = f'hf download {repo_id} --include "{folder}/*"' if folder else f"hf download {repo_id}"
            raise ModelNotFound(
                f"Could not download '{name}' from the Hugging Face Hub ({type(error).__name__}: "
                f"{str(error).splitlines()[0] if str(error) else 'no detail'}). If this machine is offline, "
                f"run `{command}` on a connected one, copy the folder over and choose it as a local folder "
                "(or copy the Hugging Face cache and set HF_HUB_CACHE)."
            ) from error
        local = snapshot / folder if folder else snapshot
        if not local.is_dir():  # the patterns matched nothing: no such folder, or one without a model
            raise ModelNotFound(
                f"The Hugging Face Hub repository '{repo_id}' has no folder '{folder}' holding a model "
                f"(see https://huggingface.co/{repo_id}/tree/main)."
            )
        self._report(1.0, Message(QT_TRANSLATE_NOOP("messages", "{model} is available"), model=name))
        return local

    def _tqdm_class(self, repo_id: str):
        """A tqdm that forwards huggingface_hub's file progress to our callback."""
        from tqdm.auto import tqdm

        report = self._report

        class ReportingTqdm(tqdm):
            def update(self, n=1):
                displayed = super().update(n)
                if self.total:
                    done, total = self.n / 2**20, self.total / 2**20
                    downloading = QT_TRANSLATE_NOOP(
                        "messages", "Downloading {model}: {done:.1f} of {total:.1f} MB"
                    )
                    report(
                        min(self.n / self.total, 1.0),
                        Message(downloading, model=repo_id, done=done, total=total),
                    )
                return displayed

        return ReportingTqdm

    def _report(self, fraction: float, message: str) -> None:
        if self.progress is not None:
            self.progress(fraction, message)

    # ---- loading ----------------------------------------------------------------------------------

    @property
    def loaded(self) -> Predictor | None:
        return self._predictor

    def current(self, source: str, settings: RunSettings | None = None) -> Predictor | None:
        """The loaded Predictor when it was loaded for exactly this ``source``, device and precision,
        else None; nothing is resolved, checked or downloaded (each click of a correction asks this)."""
        settings = settings or RunSettings()
        if self._predictor is not None and self._asked == (source, settings.device, settings.precision):
            return self._predictor
        return None

    def load(self, source: str, settings: RunSettings | None = None) -> Predictor:
        """The Predictor for ``source`` on ``settings.device`` in ``settings.precision``; the model stays
        loaded and the same call returns it again without resolving ``source`` again (for a hub id
        that would ask the hub)."""
        settings = settings or RunSettings()
        warm = self.current(source, settings)
        if warm is not None:
            return warm
        missing = [REQUIRED_PACKAGES[name] for name in missing_packages()]
        if missing:
            raise DependencyMissing(
                f"Missing Python packages: {', '.join(missing)}. Install them with: {install_command()}"
            )
        device = pick_device(settings.device)
        folder = self.resolve(source)
        key = (str(folder), device, settings.precision)
        if self._predictor is not None and self._loaded_key == key:  # the same model asked another way
            self._asked = (source, settings.device, settings.precision)
            return self._predictor
        self.unload()

        from ..models.common.checkpoint import read_config

        entry = model_type(read_config(folder)["model_type"])
        self._report(
            0.0,
            Message(
                QT_TRANSLATE_NOOP("messages", "Loading {model} on {device}…"), model=source, device=device
            ),
        )
        context = LoadContext(folder, source, device, settings, self.resolve, self._report)
        predictor = entry.entry().load_predictor(context)
        _check_capabilities(entry, predictor)
        self._predictor, self.loaded_type = predictor, entry
        self._loaded_key = key
        self._asked = (source, settings.device, settings.precision)
        self._report(
            1.0,
            Message(
                QT_TRANSLATE_NOOP("messages", "{model} is ready on {device}"), model=source, device=device
            ),
        )
        return self._predictor

    def unload(self) -> None:
        """Drop the loaded model and give its memory (and CUDA cache) back."""
        self._predictor = self.loaded_type = None
        self._loaded_key = self._asked = None
        gc.collect()
        torch = sys.modules.get("torch")
        if torch is not None and torch.cuda.is_available():
            torch.cuda.empty_cache()


def _check_capabilities(entry: ModelType, predictor) -> None:
    """A type's declared abilities are what its predictor can do; a registration that says otherwise is
    refused when its first model loads, not when an analyst's run reaches the missing method."""
    missing = [
        method
        for method, declared in (("find", entry.runs_the_program), ("click", entry.takes_clicks))
        if declared and not callable(getattr(predictor, method, None))
    ]
    if missing:
        raise CheckpointMismatch(
            f"the model type '{entry.name}' is declared to {' and '.join(missing)}, but its predictor has no "
            f"{' or '.join(missing)}() method"
        )
    if not hasattr(predictor, "image_key"):  # the contract's cache: set_image(image, key) sets it
        raise CheckpointMismatch(
            f"the predictor of the model type '{entry.name}' has no image_key: its set_image(image, key) "
            "must keep the key of the image it holds (see foundation/predictor.py)"
        )
