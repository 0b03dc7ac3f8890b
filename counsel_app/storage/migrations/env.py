"""Alembic environment: runs only on the connection handed in by `storage.database`.

The caller opens the (keyed) connection and the surrounding transaction, so all
migrations of one upgrade commit together or not at all. Importing this module outside
Alembic (e.g. a test that imports every module) does nothing.
"""

from __future__ import annotations

from alembic import context

from counsel_app.model import metadata


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError(
            "counsel-app migrations run only through counsel_app.storage.database "
            "(config.attributes['connection'] must hold an open, keyed connection)"
        )
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if getattr(context, "config", None) is not None:  # loaded by Alembic, not merely imported
    run_migrations()
