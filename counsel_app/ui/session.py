"""The UI's one door to the services: the long-lived open store and the UI context.

Everything here calls `counsel_app.services` (never SQL). Heavy modules (SQLAlchemy,
SQLCipher, keyring) are imported inside the functions, so importing this module stays cheap.
"""

from __future__ import annotations

import contextlib
import dataclasses
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from counsel_app.context import PASSPHRASE_ENV, AppContext
from counsel_app.errors import UserError
from counsel_app.ui.case_table import CaseRow

if TYPE_CHECKING:
    from counsel_app.domain import Case, Counsellor
    from counsel_app.services.store import Store, StoreGlance
    from counsel_app.storage.keys import UnlockedKey
    from counsel_app.storage.repository import PlanVersionInfo
    from counsel_app.storage.summaries import CaseSummary

Progress = Callable[[int, int, str], None]

KEY_SOURCE_LABELS = {"keyring": "Schlüsselbund", "passphrase": "Passphrase"}


def ui_app_context(ctx: AppContext, passphrase: str | None = None) -> AppContext:
    """A copy of `ctx` for the GUI: never prompts on a terminal; carries a typed passphrase.

    The services read a passphrase only from `ctx.environ` (COUNSEL_APP_PASSPHRASE), so a
    passphrase typed into a dialog travels that way; the caller's context is not changed.
    """
    environ = dict(ctx.environ)
    if passphrase is not None:
        environ[PASSPHRASE_ENV] = passphrase
    return dataclasses.replace(ctx, environ=environ, interactive=False)


def preload_services() -> None:
    """Import the database and key modules ahead of use (called once the first window shows)."""
    import counsel_app.services.store
    import counsel_app.storage.keys

    with contextlib.suppress(ImportError):
        import counsel_app.storage.database
        import counsel_app.storage.repository  # noqa: F401


# --- what the UI needs to know before the store is open ---------------------------------------


@dataclass(frozen=True)
class StoreState:
    """What the start needs to decide on its first window; read without opening anything."""

    exists: bool
    key_source: str | None  # "keyring" / "passphrase" / None if unknown
    has_passphrase: bool

    @property
    def needs_passphrase(self) -> bool:
        return self.key_source == "passphrase"


def store_state(ctx: AppContext) -> StoreState:
    """Cheap look at the data folder (no database, no keyring, no heavy import)."""
    if not ctx.paths.database.exists():
        return StoreState(exists=False, key_source=None, has_passphrase=False)
    from counsel_app.storage.keyfile import read_keyfile

    try:
        keyfile = read_keyfile(ctx.paths.keyfile)
    except UserError:
        return StoreState(exists=True, key_source=None, has_passphrase=False)
    return StoreState(
        exists=True,
        key_source=keyfile.key_source.value,
        has_passphrase=keyfile.passphrase is not None,
    )


def keyring_seems_usable(ctx: AppContext) -> bool:
    """A guess whether the system keyring works (keyring's `fail` backend means no).

    Only used to decide whether to ask for a passphrase up front; creating the store
    still tries the keyring and reports when it does not work.
    """
    try:
        backend = ctx.keyring_backend
    except Exception:
        return False
    if backend is None:
        return False
    module = type(backend).__module__
    if module.startswith("keyring.backends.fail") or module.startswith("keyring.backends.null"):
        return False
    children = getattr(backend, "backends", None)
    return not (children is not None and not children)


# --- creating and opening ---------------------------------------------------------------------


def create_store(ctx: AppContext, passphrase: str | None, kdf: Any = None) -> tuple[str, str]:
    """Create the store; returns (recovery key text, key source). Raises UserError."""
    from counsel_app.services.store import init_store

    result = init_store(ui_app_context(ctx, passphrase), kdf=kdf)
    return result.recovery_key, result.key_source


class StoreSession:
    """An open store held for the lifetime of the main window; `close()` on quit.

    `open_store` is a context manager; the session enters it on an ExitStack so that the
    store stays open across the event loop and is closed exactly once.

    With a `glance` (see `open_session(..., in_background=True)`) the window shows the
    case list and settings read from the glance, and `open_in_background()` (called once
    the window has painted) opens the store on a thread: importing SQLAlchemy there while
    the window is built would slow the building down by half. The first use of `store`
    waits until the thread is done (and raises what it raised), or opens the store right
    there if nobody started the thread. `when_ready(callback)` runs `callback` on the
    opening thread once the store is open.
    """

    def __init__(
        self,
        ctx: AppContext,
        *,
        unlocked: UnlockedKey | None = None,
        glance: StoreGlance | None = None,
    ) -> None:
        self.ctx = ctx
        self._stack: contextlib.ExitStack | None = contextlib.ExitStack()
        self._store: Store | None = None
        self._error: BaseException | None = None
        self._unlocked = unlocked
        self._glance = glance
        self._ready = threading.Event()
        self._callbacks: list[Callable[[], None]] = []
        self._callbacks_lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._started = False
        self._start_lock = threading.Lock()
        if glance is None:
            self._started = True
            self._open()
            if self._error is not None:
                raise self._error

    def open_in_background(self) -> None:
        """Open the store on a thread now (if it is not open or opening already)."""
        with self._start_lock:
            if self._started:
                return
            self._started = True
            self._thread = threading.Thread(target=self._open, name="store-open", daemon=True)
            self._thread.start()

    def _open(self) -> None:
        from counsel_app.services.store import open_store

        try:
            assert self._stack is not None
            self._store = self._stack.enter_context(open_store(self.ctx, unlocked=self._unlocked))
        except BaseException as err:  # handed to the thread that uses the store
            self._error = err
        with self._callbacks_lock:
            self._ready.set()
            callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()

    @property
    def ready(self) -> bool:
        """Whether the store is open for work (or failed to open)."""
        return self._ready.is_set()

    def when_ready(self, callback: Callable[[], None]) -> None:
        """Call `callback` once the store is open: now, or later on the opening thread."""
        with self._callbacks_lock:
            if not self._ready.is_set():
                self._callbacks.append(callback)
                return
        callback()

    @property
    def store(self) -> Store:
        """The open store; waits for the background opening if it is still running."""
        with self._start_lock:
            open_here, self._started = not self._started, True
        if open_here:
            self._open()
        self._ready.wait()
        if self._error is not None:
            raise self._error
        assert self._store is not None
        return self._store

    @property
    def paths(self) -> Any:
        return self.ctx.paths

    @property
    def key_source(self) -> str:
        if self._unlocked is not None:
            return self._unlocked.source.value
        return str(self.store.key_source)

    @property
    def key_source_label(self) -> str:
        return KEY_SOURCE_LABELS.get(self.key_source, self.key_source)

    @property
    def closed(self) -> bool:
        return self._stack is None

    def close(self) -> None:
        if self._thread is not None:
            self._thread.join()
        stack, self._stack = self._stack, None
        if stack is not None:
            stack.close()

    # --- reading ---

    def case_rows(self) -> list[CaseRow]:
        """The case list; from the glance while the store is still being opened."""
        glance = self._glance
        if glance is not None and not self.ready:
            summaries = glance.summaries
        else:
            self._glance = None  # read from the store from now on
            summaries = self.store.cases.list_summaries()
        return [row_from_summary(s) for s in summaries]

    def case(self, case_id: Any) -> Case:
        return self.store.cases.get(case_id)

    def case_version(self, case_id: Any, version: int) -> Case:
        """An earlier (or the current) plan version of a case, to read."""
        return self.store.cases.get_version(case_id, version)

    def case_versions(self, case_id: Any) -> list[PlanVersionInfo]:
        """All plan versions of a case, oldest first."""
        return self.store.cases.versions(case_id)

    # --- writing (the case workspace) ---

    def add_case(self, case: Case) -> Any:
        """Store a new case; returns its id. Raises UserError for a taken Kundennummer."""
        return self.store.cases.add(case)

    def save_case(self, case_id: Any, case: Case) -> None:
        """Autosave: replace the content of the case's current plan version."""
        self.store.cases.save(case_id, case)

    def revise_case(self, case_id: Any, created: date) -> int:
        """Fortschreibung: a new plan version copied from the current one; its number."""
        return self.store.cases.revise(case_id, created)

    def reference_taken(self, reference: str) -> bool:
        """Whether a case with exactly this Kundennummer exists (the add checks again)."""
        wanted = reference.strip()
        return any(s.reference == wanted for s in self.store.cases.list_summaries())

    # --- counsellor profile ---

    def counsellor_profile(self) -> Counsellor:
        """The local user's contact data (printed on new plans)."""
        return self.store.cases.get_counsellor_profile()

    def set_counsellor_profile(self, *, name: str, office: str, phone: str, email: str) -> None:
        from counsel_app.domain import Counsellor

        counsellor = Counsellor(
            name=name or None, office=office or None, phone=phone or None, email=email or None
        )
        self.store.cases.set_counsellor_profile(counsellor)

    # --- settings kept inside the (encrypted) store ---

    def history_renderer(self, case_id: Any, variant: str) -> Any:
        """A renderer that also prints the stored history of the case (versions, reviews)."""
        from counsel_app.services.followup import history_renderer

        return history_renderer(self.store, case_id, variant=variant)

    def setting(self, key: str) -> str | None:
        """A value of the store's key/value settings (app_setting table); None if unset."""
        glance = self._glance
        if glance is not None and not self.ready:
            return glance.settings.get(key)
        return self.store.cases.get_setting(key)

    def set_setting(self, key: str, value: str) -> None:
        """Set one of the store's settings."""
        self.store.cases.set_setting(key, value)

    # --- long work (runs on a pool thread; the engine allows that) ---

    def import_files(self, files: Iterable[Path], report: Progress) -> ImportOutcome:
        from counsel_app.services.cases import import_case_file

        files = list(files)
        outcome = ImportOutcome()
        for done, path in enumerate(files):
            report(done, len(files), path.name)
            try:
                import_case_file(self.store, path)
            except UserError as err:
                outcome.failed.append((path, err.message))
            else:
                outcome.added.append(path)
        report(len(files), len(files), "")
        return outcome

    def export_case(self, case_id: Any, out: Path, *, pseudonymise: bool) -> Path:
        from counsel_app.services.cases import export_case

        return export_case(self.store, case_id, out, pseudonymise=pseudonymise)

    def backup(self, out: Path, report: Progress) -> Path:
        from counsel_app.services.backup import backup

        report(0, 0, "Sicherung wird geschrieben …")
        return backup(self.ctx, out)


@dataclass
class ImportOutcome:
    added: list[Path] = dataclasses.field(default_factory=list)
    failed: list[tuple[Path, str]] = dataclasses.field(default_factory=list)


def open_session(
    ctx: AppContext,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
    new_passphrase: str | None = None,
    kdf: Any = None,
    in_background: bool = False,
) -> StoreSession:
    """Open the store: with the keyring or a passphrase, or with the recovery key.

    With a recovery key the key is stored again first (keyring if it works, else wrapped
    with `new_passphrase`). `in_background`: fetch the key and read the case list now,
    open the store for work on a thread (see `StoreSession`); a store that needs a
    migration is opened now. Raises UserError subclasses with German messages.
    """
    if recovery_key is not None:
        from counsel_app.services.store import unlock_with_recovery

        session_ctx = ui_app_context(ctx, new_passphrase)
        unlock_with_recovery(session_ctx, recovery_key, kdf=kdf)
        return StoreSession(session_ctx)
    session_ctx = ui_app_context(ctx, passphrase)
    if not in_background:
        return StoreSession(session_ctx)
    from counsel_app.services.store import glance_store, unlock_store

    unlocked = unlock_store(session_ctx)
    glance = glance_store(session_ctx, unlocked)
    return StoreSession(session_ctx, unlocked=unlocked, glance=glance)


@dataclass
class UiContext:
    """Built once in `launch_gui` and handed to the windows: the context plus the open store."""

    app: AppContext
    session: StoreSession
    today: Callable[[], date] = date.today


# --- summaries -> rows ------------------------------------------------------------------------


def row_from_summary(summary: CaseSummary) -> CaseRow:
    """Map one repository summary to a list row."""
    return CaseRow(
        case_id=summary.id,
        reference=summary.reference,
        name=summary.display_name or "",
        profile=summary.profile.value if summary.profile is not None else None,
        agreed=summary.agreed,
        version=summary.plan_version,
        review_due=summary.review_due,
        next_step_due=summary.next_step_due,
    )
