"""Benchmark: `counsel_app.language.analyse()` against textstat's three German scores.

Run:  .venv/bin/python benchmarks/bench_language.py [--repeat N]

Both sides work on the same ~2,000-word German text (counselling letters and plan texts). Each
repetition appends a different closing sentence, so whole-text caches (textstat caches results
per text string) never answer, while per-word caches stay warm on both sides: our syllable and
frequency caches, textstat's pyphen dictionary and its small per-word LRU cache. The first call
of each side (loading dictionaries, word lists and frequencies) is reported separately.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PARAGRAPHS = [
    "Sehr geehrte Frau Yilmaz, vielen Dank für das offene Gespräch am 12. März. Wir haben "
    "gemeinsam überlegt, wie Sie nach der Elternzeit wieder im Einzelhandel arbeiten können. "
    "Sie möchten am liebsten als Verkäuferin in einer Bäckerei oder in einem Drogeriemarkt "
    "arbeiten, am besten in Teilzeit am Vormittag. Ihre beiden Kinder gehen ab August in die "
    "Kita in der Nähe Ihrer Wohnung. Bis dahin kümmert sich Ihre Mutter an zwei Tagen pro "
    "Woche um die Kinder.",
    "Zur Durchführung der Eingliederung in Arbeit wird zeitnah eine Maßnahme bei einem Träger "
    "vereinbart. Die Kosten der Unterkunft werden weiterhin übernommen, sofern die "
    "Angemessenheit gegeben ist. Bei Nichteinhaltung der Mitwirkungspflichten könnte eine "
    "Leistungsminderung erfolgen, die nach § 31 SGB II i. d. R. drei Monate dauert. Die "
    "Inanspruchnahme des Vermittlungsbudgets ist ggf. möglich, wenn die Bewerbungskosten "
    "nachgewiesen werden.",
    "Was ist Ihr Ziel? Sie wollen bis zum 1. Juni 2026 eine feste Stelle finden. Was machen "
    "Sie? Sie schreiben jede Woche drei Bewerbungen und bringen die Liste zu jedem Termin "
    "mit. Sie besuchen den Berufssprachkurs am Montag und am Mittwoch. Was macht das "
    "Jobcenter? Wir bezahlen die Fahrkarte für den Bus und die Fotos für die Bewerbung. Wir "
    "schicken Ihnen passende Stellenangebote per Post. Wann sprechen wir wieder? Am 15. Mai "
    "um 10 Uhr in Raum 204.",
    "Herr Nowak hat lange als Lagerist gearbeitet und ist seit einem Jahr ohne Arbeit. Wegen "
    "seiner Rückenschmerzen kann er nicht mehr schwer heben. Der Ärztliche Dienst soll "
    "prüfen, welche Arbeit für ihn geeignet ist. Herr Nowak würde gerne im Büro oder an der "
    "Kasse arbeiten. Er hat keinen Führerschein, aber er fährt gern Fahrrad. Er bemüht sich "
    "regelmäßig um Arbeit und hat schon mehrere Vorstellungsgespräche gehabt.",
    "Die Anerkennung ausländischer Abschlüsse dauert oft mehrere Monate. Frau Haddad hat in "
    "Syrien als Krankenschwester gearbeitet. Sie hat die Zeugnisse übersetzen lassen und den "
    "Antrag bei der zuständigen Stelle eingereicht. Während des Verfahrens besucht sie einen "
    "Integrationskurs und danach einen Berufssprachkurs. Die Kinderbetreuung ist nicht "
    "unwichtig, denn ohne Betreuung kann sie nicht am Kurs teilnehmen. Das Jobcenter prüft "
    "einen Bildungsgutschein für eine Anpassungsqualifizierung.",
    "Im Rahmen der Überprüfung des Kooperationsplans wurde festgestellt, dass die vereinbarten "
    "Eigenbemühungen nur teilweise erbracht worden sind. Die Gründe dafür wurden ausführlich "
    "besprochen. Frau Schulz war im Februar mehrere Wochen krank und konnte deshalb nicht am "
    "Bewerbungstraining teilnehmen. Wir haben vereinbart, dass sie den Kurs im April "
    "nachholt. Eine Sanktion ist nicht vorgesehen, weil ein wichtiger Grund vorlag.",
    "Sie bekommen von uns einen Aktivierungs- und Vermittlungsgutschein, kurz AVGS. Mit "
    "diesem Gutschein können Sie sich einen Träger aussuchen, der Ihnen bei der Suche nach "
    "Arbeit hilft. Der Träger hilft Ihnen zum Beispiel beim Lebenslauf, bei Anschreiben und "
    "bei der Vorbereitung auf Vorstellungsgespräche. Bitte suchen Sie sich bis Ende April "
    "einen Träger aus und sagen Sie uns Bescheid. Wenn Sie Fragen haben, rufen Sie uns an.",
    "Die Bedarfsgemeinschaft besteht aus Herrn Demir, seiner Frau und drei Kindern. Herr "
    "Demir arbeitet in einem Minijob als Reinigungskraft und verdient 520 Euro im Monat. "
    "Frau Demir möchte eine Ausbildung als Erzieherin machen. Dafür braucht sie zuerst einen "
    "Schulabschluss, den sie an der Abendschule nachholen will. Das Jobcenter unterstützt "
    "sie mit einer Beratung und übernimmt die Kosten für die Bücher.",
]


def build_text(target_words: int = 2000) -> str:
    paragraphs: list[str] = []
    words = 0
    index = 0
    while words < target_words:
        paragraph = PARAGRAPHS[index % len(PARAGRAPHS)]
        paragraphs.append(paragraph)
        words += len(paragraph.split())
        index += 1
    return "\n\n".join(paragraphs)


def textstat_scores(textstat: object) -> Callable[[str], tuple[float, float, float]]:
    def run(text: str) -> tuple[float, float, float]:
        return (
            textstat.flesch_reading_ease(text),  # type: ignore[attr-defined]
            textstat.wiener_sachtextformel(text, 1),  # type: ignore[attr-defined]
            textstat.lix(text),  # type: ignore[attr-defined]
        )

    return run


def timed(function: Callable[[str], object], text: str) -> float:
    start = time.perf_counter()
    function(text)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()

    import textstat

    from counsel_app.language import Analyser

    text = build_text()
    textstat.set_lang("de")
    ours = Analyser()
    theirs = textstat_scores(textstat)

    cold_ours = timed(ours.analyse, text + " Stand: erster Lauf.")
    cold_theirs = timed(theirs, text + " Stand: erster Lauf.")

    ours_times: list[float] = []
    theirs_times: list[float] = []
    for rep in range(args.repeat):
        variant = f"{text} Stand: Fassung Nummer {rep + 2}."
        # alternate the order so that neither side always runs on a warmer CPU
        if rep % 2:
            theirs_times.append(timed(theirs, variant))
            ours_times.append(timed(ours.analyse, variant))
        else:
            ours_times.append(timed(ours.analyse, variant))
            theirs_times.append(timed(theirs, variant))

    analysis = ours.analyse(text)
    ours_median = statistics.median(ours_times)
    theirs_median = statistics.median(theirs_times)
    print(f"text: {analysis.words} words, {analysis.sentences} sentences, "
          f"{len(analysis.findings)} findings; {args.repeat} repetitions")  # fmt: skip
    print(f"{'':44} {'cold (ms)':>10} {'median (ms)':>12} {'min (ms)':>10}")
    rows = [
        ("analyse() (12 rules + 3 scores)", cold_ours, ours_median, min(ours_times)),
        ("textstat (flesch, wiener 1, lix)", cold_theirs, theirs_median, min(theirs_times)),
    ]  # fmt: skip
    for name, cold, median, best in rows:
        print(f"{name[:44]:44} {cold * 1000:10.1f} {median * 1000:12.1f} {best * 1000:10.1f}")
    ratio = ours_median / theirs_median
    print(f"ratio analyse/textstat (median, warm): {ratio:.2f} "
          f"({'faster' if ratio < 1 else 'slower'} than textstat)")  # fmt: skip
    print(f"scores ours:     {analysis.scores}")
    print(f"scores textstat: {tuple(round(x, 2) for x in theirs(text + ' '))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
