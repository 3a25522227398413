"""Review commands: ``mli review``, ``mli today``, ``mli export anki``."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Annotated

import typer

export_app = typer.Typer(help="Export your material to other tools.", no_args_is_help=True)


def _read_key(prompt: str) -> str:
    """One key press on a terminal; a line of input otherwise (scripts and tests)."""
    if not sys.stdin.isatty():
        line = sys.stdin.readline()
        if not line:
            raise EOFError
        return line.strip()[:1] or " "
    import termios
    import tty

    sys.stdout.write(prompt)
    sys.stdout.flush()
    fd = sys.stdin.fileno()
    old = termios.tcgetattr(fd)
    try:
        tty.setraw(fd)
        key = sys.stdin.read(1)
    finally:
        termios.tcsetattr(fd, termios.TCSADRAIN, old)
    sys.stdout.write("\n")
    if key in ("\x03", "\x04"):
        raise KeyboardInterrupt
    return key


def review(
    track: Annotated[
        str | None, typer.Option(help="fundamentals, deep-learning, stats, sql, system-design or papers.")
    ] = None,
    limit: Annotated[int | None, typer.Option(help="Stop after this many cards.")] = None,
    new: Annotated[int, typer.Option(help="New cards allowed per day.")] = 20,
) -> None:
    """Review due cards in the terminal: space to reveal, then 1 again · 2 hard · 3 good · 4 easy."""
    from rich.markdown import Markdown
    from rich.panel import Panel

    from mlinterview.catalog.cards import CARD_TRACKS
    from mlinterview.cli.app import console, context, fail
    from mlinterview.cli.mathtext import terminal_math
    from mlinterview.errors import MliError
    from mlinterview.services.review import card_queue, rate_card
    from mlinterview.wording import card_track_title, plural

    if track is not None and track not in CARD_TRACKS:
        raise fail(f"no card track {track!r} (tracks: {', '.join(CARD_TRACKS)})")
    out = console()
    names = {1: "again", 2: "hard", 3: "good", 4: "easy"}
    done = 0
    try:
        with context() as ctx:
            while limit is None or done < limit:
                queue = card_queue(ctx, track=track, new_per_day=new, limit=1)
                if not queue:
                    break
                card = queue[0]
                out.rule(f"[dim]{card_track_title(card.track)} · {card.deck_title}[/]")
                out.print(Panel(Markdown(terminal_math(card.front)), title="question", title_align="left"))
                shown = time.monotonic()
                _read_key("[space] reveal ")
                out.print(
                    Panel(
                        Markdown(terminal_math(card.back)),
                        title="answer",
                        title_align="left",
                        border_style="green",
                    )
                )
                while True:
                    key = _read_key("1 again · 2 hard · 3 good · 4 easy › ")
                    if key in ("1", "2", "3", "4"):
                        break
                    if key == "q":
                        raise KeyboardInterrupt
                result = rate_card(ctx, card, int(key), duration_s=time.monotonic() - shown)
                wait = result.due - ctx.clock()
                when = (
                    f"{wait.total_seconds() / 60:.0f} min"
                    if wait.total_seconds() < 3600 * 20
                    else plural(wait.days, "day")
                )
                out.print(f"[dim]{names[int(key)]}: back in {when}[/]")
                done += 1
    except (KeyboardInterrupt, EOFError):
        out.print("\n[dim]stopped[/]")
    except MliError as exc:
        raise fail(str(exc)) from None
    if done:
        out.print(f"[green]{plural(done, 'card')} reviewed.[/]")
    else:
        out.print("[green]Nothing due. Come back tomorrow.[/]")


def today(
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object instead of a list.")] = False,
) -> None:
    """What is due today across all tracks, in order, with a time estimate (follows your plan)."""
    from mlinterview.cli.app import console, context, fail
    from mlinterview.errors import MliError
    from mlinterview.services.review import today as plan_today

    out = console()
    try:
        with context() as ctx:
            plan = plan_today(ctx)
    except MliError as exc:
        raise fail(str(exc)) from None
    if as_json:
        import json

        from mlinterview.services.loop_today import today_json

        print(json.dumps(today_json(plan.items)))
        return
    if not plan.items:
        out.print("[green]Nothing due, and every problem is solved.[/]")
        return
    out.print(f"[bold]Today[/] — about {plan.minutes:.0f} minutes")
    from mlinterview.cli.render import today_command

    for i, item in enumerate(plan.items, 1):
        command = today_command(item.action, item.ref)
        out.print(f"{i:>2}. {item.title} [dim](~{item.minutes:.0f} min)[/]  →  [cyan]{command}[/]")


@export_app.command("anki")
def export_anki(
    file: Annotated[Path, typer.Argument(help="Where to write the .apkg package.")],
    track: Annotated[str | None, typer.Option(help="Only this card track.")] = None,
) -> None:
    """Write the cards as an Anki package (one sub-deck per track) for review on your phone."""
    from mlinterview.cli.app import console, context, fail
    from mlinterview.errors import MliError
    from mlinterview.services.export import export_anki as write

    try:
        with context() as ctx:
            cards, decks = write(ctx, file, track)
    except MliError as exc:
        raise fail(str(exc)) from None
    console().print(f"[green]wrote[/] {file}: {cards} cards in {decks} decks")
