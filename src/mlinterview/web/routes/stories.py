"""The behavioral track in the browser: the story bank (list, coverage matrix, add, edit, show),
the questions, and two-minute practice with the coach's feedback."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from pydantic import BaseModel, Field
from starlette.responses import JSONResponse, RedirectResponse, Response

from mlinterview.catalog.behavioral import COMPETENCIES
from mlinterview.errors import UserInputError
from mlinterview.services import stories as bank
from mlinterview.services import story_practice as coach
from mlinterview.services.stories import MAX_PART_CHARS, MAX_TITLE_CHARS
from mlinterview.srs import RATINGS
from mlinterview.web.errors import not_found
from mlinterview.web.routes import context, page
from mlinterview.web.templating import render

router = APIRouter()
RATING_NAMES = {v: k for k, v in RATINGS.items()}


def _story_or_404(request: Request, story_id: int) -> bank.Story:
    try:
        return bank.get_story(context(request), story_id)
    except UserInputError:
        raise not_found(f"There is no story number {story_id}.", [("/stories", "Your stories")]) from None


@router.get("/stories", name="stories")
def stories_page(request: Request) -> Response:
    ctx = context(request)
    rows = bank.coverage(ctx)
    return page(
        request,
        "stories.html",
        nav="stories",
        stories=bank.list_stories(ctx),
        coverage=rows,
        covered=sum(r.is_covered for r in rows),
        due=bank.due_stories(ctx),
        competencies=COMPETENCIES,
    )


def _form_page(request: Request, data: dict[str, Any], story_id: int | None, error: str | None) -> Response:
    response = page(
        request,
        "story_form.html",
        nav="stories",
        data=data,
        story_id=story_id,
        error=error,
        competencies=COMPETENCIES,
        max_title=MAX_TITLE_CHARS,
        max_part=MAX_PART_CHARS,
    )
    if error:
        response.status_code = 422
    return response


@router.get("/stories/new")
def new_story(request: Request, competency: str | None = None) -> Response:
    chosen = [competency] if competency in COMPETENCIES else []
    return _form_page(request, {"competencies": chosen, "numbers": []}, None, None)


FormText = Annotated[str, Form(max_length=MAX_PART_CHARS)]


def _form_data(
    title: str, situation: str, task: str, action: str, result: str, competencies: list[str], numbers: str
) -> dict[str, Any]:
    return {
        "title": title,
        "situation": situation,
        "task": task,
        "action": action,
        "result": result,
        "competencies": competencies,
        "numbers": [n.strip() for n in numbers.splitlines() if n.strip()],
    }


@router.post("/stories/new")
def create_story(
    request: Request,
    title: Annotated[str, Form(max_length=MAX_TITLE_CHARS)] = "",
    situation: FormText = "",
    task: FormText = "",
    action: FormText = "",
    result: FormText = "",
    competencies: Annotated[list[str], Form()] = [],  # noqa: B006 (FastAPI copies defaults)
    numbers: Annotated[str, Form(max_length=8000)] = "",
) -> Response:
    data = _form_data(title, situation, task, action, result, competencies, numbers)
    try:
        story = bank.add_story(context(request), bank.check_story(data))
    except UserInputError as exc:
        return _form_page(request, data, None, str(exc))
    return RedirectResponse(f"/stories/{story.id}", status_code=303)


@router.get("/stories/practice")
def practice_page(
    request: Request, competency: str | None = None, question: str | None = None, story: int | None = None
) -> Response:
    ctx = context(request)
    competency = competency or None
    if competency is not None and competency not in COMPETENCIES:
        raise not_found(f"There is no competency called {competency!r}.")
    try:
        q = coach.draw_question(ctx, competency, question or None)
    except UserInputError as exc:
        raise not_found(str(exc)) from None
    return page(
        request,
        "story_practice.html",
        nav="stories",
        question=q,
        competency=competency,
        competencies=COMPETENCIES,
        stories=bank.list_stories(ctx),
        story_id=story,
        clock_s=coach.CLOCK_S,
        min_words=coach.MIN_WORDS,
        max_words=coach.MAX_WORDS,
    )


@router.get("/stories/portfolio")
def portfolio_page(request: Request) -> Response:
    from mlinterview.services.portfolio import DEEP_DIVE_QUESTIONS, SECTIONS, TEMPLATE

    deep_dive = bank.questions(context(request), "project-deep-dive")
    return page(
        request,
        "portfolio.html",
        nav="stories",
        template=TEMPLATE,
        questions=DEEP_DIVE_QUESTIONS,
        sections=SECTIONS,
        deep_dive=deep_dive,
    )


@router.get("/stories/questions")
def questions_page(request: Request) -> Response:
    questions = bank.questions(context(request))
    return page(
        request, "behavioral_questions.html", nav="stories", questions=questions, competencies=COMPETENCIES
    )


@router.get("/stories/{story_id}")
def show_story(request: Request, story_id: int) -> Response:
    story = _story_or_404(request, story_id)
    return page(
        request,
        "story.html",
        nav="stories",
        story=story,
        feedback=coach.feedback(story.telling()),
        competencies=COMPETENCIES,
    )


@router.get("/stories/{story_id}/edit")
def edit_story_page(request: Request, story_id: int) -> Response:
    story = _story_or_404(request, story_id)
    return _form_page(request, story.as_dict(), story_id, None)


@router.post("/stories/{story_id}/edit")
def update_story(
    request: Request,
    story_id: int,
    title: Annotated[str, Form(max_length=MAX_TITLE_CHARS)] = "",
    situation: FormText = "",
    task: FormText = "",
    action: FormText = "",
    result: FormText = "",
    competencies: Annotated[list[str], Form()] = [],  # noqa: B006
    numbers: Annotated[str, Form(max_length=8000)] = "",
) -> Response:
    _story_or_404(request, story_id)
    data = _form_data(title, situation, task, action, result, competencies, numbers)
    try:
        bank.check_story(data)  # the whole form replaces the story: check it as a whole
        bank.edit_story(context(request), story_id, data)
    except UserInputError as exc:
        return _form_page(request, data, story_id, str(exc))
    return RedirectResponse(f"/stories/{story_id}", status_code=303)


@router.get("/api/stories/{story_id}")
def story_json(request: Request, story_id: int) -> Response:
    story = _story_or_404(request, story_id)
    return JSONResponse({**story.as_dict(), "telling": story.telling()})


class AnswerIn(BaseModel):
    question_id: str = Field(max_length=200)
    answer: str = Field(default="", max_length=coach.MAX_ANSWER_CHARS)
    story_id: int | None = None
    elapsed_s: float | None = Field(default=None, ge=0, le=86400)


@router.post("/api/stories/feedback")
def answer_feedback(request: Request, body: AnswerIn) -> Response:
    ctx = context(request)
    try:
        question = coach.draw_question(ctx, question_id=body.question_id)
    except UserInputError as exc:
        raise not_found(str(exc)) from None
    rating = None
    if body.story_id is not None:
        try:
            _, result, rating = coach.tell_story(ctx, body.story_id, body.answer, elapsed_s=body.elapsed_s)
        except UserInputError as exc:
            raise not_found(str(exc)) from None
    else:
        if not body.answer.strip():
            return JSONResponse({"error": "Write your answer first."}, status_code=422)
        result = coach.feedback(body.answer, body.elapsed_s)
    return JSONResponse(
        {
            **result.as_dict(),
            "rating": RATING_NAMES.get(rating) if rating else None,
            "html": render(
                "_story_feedback.html",
                feedback=result,
                question=question,
                rating=RATING_NAMES.get(rating) if rating else None,
                clock_s=coach.CLOCK_S,
            ),
        }
    )
