"""The Design pages: the prompt list, and the practice page (prompt, clarifying questions one at a
time, a 45-minute clock, an answer per section autosaved, a live Mermaid diagram, then the
self-grade and the reveal)."""

from __future__ import annotations

import difflib

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field
from starlette.responses import JSONResponse, Response

from mlinterview.catalog.design import STAGE_TITLES, DesignPrompt
from mlinterview.errors import UserInputError
from mlinterview.services import design as design_service
from mlinterview.services.context import Context
from mlinterview.web.errors import not_found
from mlinterview.web.routes import context, page
from mlinterview.web.templating import render

router = APIRouter()


class SectionsIn(BaseModel):
    sections: dict[str, str] = Field(default_factory=dict)


class GradeIn(SectionsIn):
    self_ids: list[str] | None = Field(default=None, max_length=100)


def get_prompt(ctx: Context, slug: str) -> DesignPrompt:
    try:
        return ctx.catalog.design(slug)
    except UserInputError as exc:
        prompts = {p.slug: p for p in ctx.catalog.design_prompts()}
        close = difflib.get_close_matches(slug, list(prompts), n=3, cutoff=0.5)
        links = [(f"/design/{s}", prompts[s].title) for s in close]
        raise not_found(
            str(exc) if "cannot be loaded" in str(exc) else f"There is no design prompt “{slug}”.", links
        ) from None


def _bad_request(exc: UserInputError) -> Response:
    return JSONResponse({"error": str(exc), "status": 400}, status_code=400)


@router.get("/design", name="design")
def design_list(request: Request) -> Response:
    ctx = context(request)
    return page(request, "design_list.html", nav="design", rows=design_service.list_prompts(ctx))


@router.get("/design/{slug}", name="design_prompt")
def design_page(request: Request, slug: str) -> Response:
    ctx = context(request)
    prompt = get_prompt(ctx, slug)
    draft = design_service.open_draft(ctx, prompt)
    sections = [
        (
            key,
            design_service.section_title(key),
            design_service.SECTION_HINTS[key],
            draft.sections.get(key, ""),
        )
        for key in design_service.SECTION_KEYS
    ]
    data = {
        "slug": prompt.slug,
        "startedAt": draft.started_at.isoformat(),
        "deadline": draft.deadline.isoformat(),
        "now": ctx.clock().isoformat(),
        "minutes": prompt.minutes,
    }
    return page(
        request,
        "design_practice.html",
        nav="design",
        prompt=prompt,
        sections=sections,
        stage_titles=STAGE_TITLES,
        data=data,
    )


@router.post("/api/design/{slug}/draft")
def save(request: Request, slug: str, body: SectionsIn) -> Response:
    ctx = context(request)
    prompt = get_prompt(ctx, slug)
    try:
        draft = design_service.save_draft(ctx, prompt, body.sections)
    except UserInputError as exc:
        return _bad_request(exc)
    return JSONResponse({"saved_at": draft.updated_at.isoformat()})


@router.post("/api/design/{slug}/restart")
def restart(request: Request, slug: str) -> Response:
    ctx = context(request)
    prompt = get_prompt(ctx, slug)
    draft = design_service.open_draft(ctx, prompt, restart=True)
    return JSONResponse({"started_at": draft.started_at.isoformat(), "deadline": draft.deadline.isoformat()})


@router.post("/api/design/{slug}/grade")
def grade(request: Request, slug: str, body: GradeIn) -> Response:
    ctx = context(request)
    prompt = get_prompt(ctx, slug)
    try:
        graded = design_service.grade_draft(ctx, prompt, body.sections, body.self_ids)
    except UserInputError as exc:
        return _bad_request(exc)
    texts = {p.id: p for p in prompt.rubric}
    html = render(
        "_design_result.html",
        prompt=prompt,
        graded=graded,
        points=[(texts[r.id], r) for r in graded.grade.points],
        difference=graded.self_difference(),
        answer=design_service.compose(design_service.clean_sections(body.sections)),
        stage_titles=STAGE_TITLES,
    )
    return JSONResponse({**graded.grade.to_dict(), "self": graded.self_difference(), "html": html})
