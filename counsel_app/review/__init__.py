"""Kollegiale Fallberatung (pure): review bundles, phase models, session guide, protocol.

No Qt, no database. `services.review_area` stores bundles and protocols in the separate
review store; the GUI drives a `ReviewSession` and shows `PhaseModel`s from
`resources/review/phases.toml`.
"""

from counsel_app.review.bundle import (
    BundleError,
    BundleKdf,
    WrongBundlePassphraseError,
    read_bundle,
    write_bundle,
)
from counsel_app.review.phases import (
    DEFAULT_MODEL,
    Phase,
    PhaseCatalogue,
    PhaseModel,
    PhaseModelError,
    load_phase_catalogue,
)
from counsel_app.review.protocol import PhaseRecord, ReviewProtocol, RoleEntry
from counsel_app.review.session import (
    PhaseStatus,
    ReviewSession,
    SessionStateError,
    resume_point,
)

__all__ = [
    "DEFAULT_MODEL",
    "BundleError",
    "BundleKdf",
    "Phase",
    "PhaseCatalogue",
    "PhaseModel",
    "PhaseModelError",
    "PhaseRecord",
    "PhaseStatus",
    "ReviewProtocol",
    "ReviewSession",
    "RoleEntry",
    "SessionStateError",
    "WrongBundlePassphraseError",
    "load_phase_catalogue",
    "read_bundle",
    "resume_point",
    "write_bundle",
]
