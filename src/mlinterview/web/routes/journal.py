"""The Journal page (real interviews, their questions, the struggled ones due for an answer)
and the company pages (the learner's research, tied to the plan, the journal and mocks)."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Form, Request
from starlette.responses import RedirectResponse, Response

from mlinterview.errors import UserInputError
from mlinterview.services import companies as company_service
from mlinterview.services import journal as journal_service
from mlinterview.web.errors import not_found
from mlinterview.web.routes import context, page

router = APIRouter()
Short = Annotated[str, Form(max_length=120)]
Long = Annotated[str, Form(max_length=20000)]


def _journal(request: Request, error: str | None = None, status: int = 200) -> Response:
    ctx = context(request)
    response = page(
        request,
        "journal.html",
        nav="journal",
        entries=journal_service.entries(ctx),
        due=journal_service.due_questions(ctx),
        today=ctx.clock().date().isoformat(),
        error=error,
    )
    response.status_code = status
    return response


@router.get("/journal", name="journal")
def journal_page(request: Request) -> Response:
    return _journal(request)


@router.post("/journal")
def journal_add(
    request: Request, company: Short, date: Annotated[str, Form(max_length=10)], round_name: Short,
    question: Long, notes: Long = "", struggled: Annotated[str, Form()] = "",
) -> Response:  # fmt: skip
    try:
        journal_service.add_entry(
            context(request), company=company, day=date, round_name=round_name, question=question,
            struggled=bool(struggled), notes=notes,
        )  # fmt: skip
    except UserInputError as exc:
        return _journal(request, str(exc), 400)
    return RedirectResponse("/journal", status_code=303)


@router.post("/journal/review")
def journal_review(
    request: Request, item_id: Annotated[str, Form(max_length=240)], rating: Annotated[int, Form(ge=1, le=4)],
    answer: Long = "",
) -> Response:  # fmt: skip
    try:
        journal_service.answer_question(context(request), item_id, answer, rating)
    except UserInputError as exc:
        return _journal(request, str(exc), 400)
    return RedirectResponse("/journal", status_code=303)


@router.get("/companies", name="companies")
def companies_page(request: Request) -> Response:
    return page(request, "companies.html", nav="companies", names=company_service.companies(context(request)))


@router.get("/companies/{name}")
def company_page(request: Request, name: str) -> Response:
    ctx = context(request)
    try:
        company = company_service.company_page(ctx, name)
    except UserInputError as exc:
        raise not_found(str(exc)) from None
    return page(request, "company.html", nav="companies", c=company)


@router.post("/companies")
def company_save(
    request: Request,
    company: Short,
    builds: Long = "",
    team: Long = "",
    questions: Long = "",
    notes: Long = "",
) -> Response:
    try:
        company_service.save_note(context(request), company, builds=builds, team=team, questions=questions,
                                  notes=notes)  # fmt: skip
    except UserInputError as exc:
        raise not_found(str(exc)) from None
    return RedirectResponse(f"/companies/{quote(company.strip(), safe='')}", status_code=303)
