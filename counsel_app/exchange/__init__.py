"""Exchange files (plan-exchange-v1): read, validate, write, pseudonymise.

One exchange file holds one client's case as JSON (UTF-8). It is used for import and
export, the training cases in `resources/cases/` and review bundles. The format is defined
by `shared/schema/plan-exchange-v1.schema.json`; the app ships a copy as
`resources/schema/plan-exchange-v1.schema.json` (a test keeps the two equal).

Reading (`read_case`) goes through four stages and stops at the first problem, raising
`ExchangeError` (a `UserError`) whose `json_path` names the place (`$.plan.steps[2].due`)
and whose message is one German line, e.g.
`$.plan.steps[0].goal: Ziel "g9" gibt es nicht.`

1. bytes (`decode`): at most `MAX_FILE_BYTES`, UTF-8 (a BOM is allowed), JSON syntax with
   line and column, no duplicate keys, no control characters (except tab, line feed,
   carriage return) or lone surrogates in any string, bounded nesting, finite numbers;
2. schema (`schema`): Draft 2020-12 with `format: date` checked (`2026-02-30` is refused);
   of all violations the first in document order is reported, in German;
3. references (`references`): unique ids within strengths+obstacles (one id space, because
   `addresses` may name either), goals and steps; `step.goal` names a goal; `addresses`
   name strengths or obstacles; review `goal_ratings` keys name goals;
4. conversion (`convert`) to the dataclasses of `counsel_app.domain.case`.

A `CaseReader` builds its validator on first use and keeps it; pass one to `read_case` /
`write_case` when reading many files, or let them share a lazily created default.

Writing (`write_case`) spells out every field (defaults included) in the schema's key order,
checks the result like an import (so an exported file always reads back) and replaces the
target atomically. `read_case(case_to_dict(case)) == case` for every valid case, and a file
with all defaults spelled out gives `case_to_dict(read_case(d)) == d`.

Pseudonymising (`pseudonymise`) replaces the reference by the pseudonym, drops name,
salutation and the counsellor's contact, and sets `pseudonymised`. Dates are not shifted and
free text is not touched: `name_fragments_in_free_text` lists every free-text field that
contains a word of the client's name or reference, for the counsellor to check.
"""

from counsel_app.exchange.convert import case_to_dict
from counsel_app.exchange.errors import ExchangeError
from counsel_app.exchange.pseudonym import FreeTextHit, name_fragments_in_free_text, pseudonymise
from counsel_app.exchange.reader import CaseReader, read_case, read_case_folder
from counsel_app.exchange.writer import case_to_json, write_case

__all__ = [
    "CaseReader",
    "ExchangeError",
    "FreeTextHit",
    "case_to_dict",
    "case_to_json",
    "name_fragments_in_free_text",
    "pseudonymise",
    "read_case",
    "read_case_folder",
    "write_case",
]
