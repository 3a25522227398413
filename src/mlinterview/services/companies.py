"""Company notes: per target company, the learner's research (what they build with ML, the team,
questions to ask), with the journal entries, mocks practised for it and the plan's date."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from mlinterview.errors import UserInputError
from mlinterview.services.context import Context
from mlinterview.services.journal import Entry, entries

MAX_NOTE = 20000


@dataclass
class CompanyPage:
    company: str
    builds: str = ""
    team: str = ""
    questions: str = ""
    notes: str = ""
    interview_date: str | None = None
    journal: list[Entry] = field(default_factory=list)
    mocks: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "company": self.company,
            "builds": self.builds,
            "team": self.team,
            "questions": self.questions,
            "notes": self.notes,
            "interview_date": self.interview_date,
            "journal": [e.to_json() for e in self.journal],
            "mocks": self.mocks,
        }


def save_note(
    ctx: Context,
    company: str,
    *,
    builds: str | None = None,
    team: str | None = None,
    questions: str | None = None,
    notes: str | None = None,
) -> None:
    company = company.strip()
    if not company or len(company) > 120:
        raise UserInputError("the company name must be 1 to 120 characters")
    existing = [n for n in ctx.store.company_notes() if n["company"].lower() == company.lower()]
    old = existing[0] if existing else {}
    company = old.get("company", company)  # one page per company, whatever the capitals
    values = {}
    for key, value in (("builds", builds), ("team", team), ("questions", questions), ("notes", notes)):
        text = old.get(key, "") if value is None else value.strip()
        if len(text) > MAX_NOTE:
            raise UserInputError(f"--{key} is longer than {MAX_NOTE} characters")
        values[key] = text
    ctx.store.save_company_note(company, updated_at=ctx.clock(), **values)


def companies(ctx: Context) -> list[str]:
    """Every company named in notes, the journal, mocks or the plan."""
    names = {n["company"] for n in ctx.store.company_notes()}
    names |= {e["company"] for e in ctx.store.journal_entries()}
    names |= {m["company"] for m in ctx.store.mocks() if m["company"]}
    plan = ctx.store.plan_settings()
    if plan and plan["company"]:
        names.add(plan["company"])
    unique = {n.lower(): n for n in sorted(names, reverse=True)}  # "Acme" over "acme"
    return sorted(unique.values(), key=str.lower)


def company_page(ctx: Context, company: str) -> CompanyPage:
    known = {c.lower(): c for c in companies(ctx)}
    if company.lower() not in known:
        raise UserInputError(f"no notes on {company!r} yet: `mli company note {company} --builds ...`")
    note = next((n for n in ctx.store.company_notes() if n["company"].lower() == company.lower()), {})
    name = note.get("company") or known[company.lower()]
    plan = ctx.store.plan_settings()
    page = CompanyPage(
        name,
        note.get("builds", ""),
        note.get("team", ""),
        note.get("questions", ""),
        note.get("notes", ""),
        plan["interview_date"] if plan and (plan["company"] or "").lower() == name.lower() else None,
        entries(ctx, name),
    )
    for m in ctx.store.mocks():
        if (m["company"] or "").lower() == name.lower():
            score = round(m["score"]) if m["score"] is not None else None
            page.mocks.append({"id": m["id"], "kind": m["kind"], "score": score})
    return page
