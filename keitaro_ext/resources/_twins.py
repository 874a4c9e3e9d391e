"""A handwritten method written once, as a plan, and run by either client: `@twin` and `@paged`.

A plan method only prepares: it takes the method's arguments, checks them and returns a `Plan`,
the one exchange the method needs (`Send` a call, `Save` a download to a file, `Batched` calls) and
what to make of the answer, or `Pages` for a paging method. The decorator gives a `SyncFlavour`
namespace a method that runs the plan and an `AsyncFlavour` namespace one that awaits it (or an
async iterator). Both carry the plan's name, docstring and exact signature (`inspect.signature`,
`help()` and the docs pages read it); type checkers see the plan's parameters and the real result.

Why not two methods calling one helper: the parameter lists (`update_costs` has 14) would still be
written twice and drift. Why not generate the twins from a template: that adds lines to keitaro_ext
instead of removing them, and a second generator to keep.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MethodType
from typing import Any, Concatenate, Generic, NamedTuple, ParamSpec, TypeVar, overload

from keitaro_admin_client.facade import PreparedCall

from ..pagination import Page, aiter_pages, iter_pages

__all__ = ["AsyncFlavour", "Batched", "Pages", "Plan", "Save", "Send", "SyncFlavour", "nothing", "paged", "twin"]

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")


class SyncFlavour:
    """A sync namespace or client: its twins and namespaces are the sync ones."""


class AsyncFlavour:
    """An asyncio namespace or client: its twins are coroutines, its namespaces the async ones."""


class Send(NamedTuple):
    """One call through the namespace's caller; the answer is what the caller parsed."""

    call: PreparedCall

    def run(self, host: Any) -> Any:
        return host._caller.call(self.call)

    async def arun(self, host: Any) -> Any:
        return await host._caller.call(self.call)


class Save(NamedTuple):
    """A call whose body is streamed to `path` (the client's HTTP caller streams); the answer is the path."""

    call: PreparedCall
    path: str | Path

    def run(self, host: Any) -> Any:
        with host._caller.stream(self.call) as response:
            return response.write_to(self.path)

    async def arun(self, host: Any) -> Any:
        async with host._caller.stream(self.call) as response:
            return await response.write_to(self.path)


class Batched(NamedTuple):
    """Calls recorded on one `kt.batch(**options)`; the answer is the batch's outcomes in call order."""

    record: Callable[[Any], object]
    options: Mapping[str, Any]

    def run(self, host: Any) -> Any:
        with host._batches(**self.options) as batch:
            self.record(batch)
        return batch.results()

    async def arun(self, host: Any) -> Any:
        async with host._batches(**self.options) as batch:
            self.record(batch)
        return batch.results()


@dataclass(frozen=True, slots=True)
class Plan(Generic[R]):
    """What a method sends, and how the answer becomes the method's result."""

    step: Send | Save | Batched
    then: Callable[[Any], R]


@dataclass(frozen=True, slots=True)
class Pages(Generic[T]):
    """What a paging method asks for each page (`request(offset, limit)`) and reads from its answer."""

    request: Callable[[int, int], PreparedCall]
    page: Callable[[Any], Page[T]]
    paging: Mapping[str, Any]  # the keywords of `iter_pages`: page_size, max_items

    def run(self, host: Any) -> Iterator[T]:
        return iter_pages(
            lambda offset, limit: self.page(host._caller.call(self.request(offset, limit))), **self.paging
        )

    def arun(self, host: Any) -> AsyncIterator[T]:
        async def fetch(offset: int, limit: int) -> Page[T]:
            return self.page(await host._caller.call(self.request(offset, limit)))

        return aiter_pages(fetch, **self.paging)


def nothing(answer: object) -> None:
    """The `then` of a method that returns None whatever the tracker answered."""


class _Methods:
    """The sync and the async function of one plan; the namespace's flavour picks which one it gets."""

    def __init__(self, plan: Callable[..., Any], sync: Callable[..., Any], aio: Callable[..., Any], kind: str) -> None:
        signature = inspect.signature(plan)
        inner = _inner(plan, signature.return_annotation, kind)
        returns = {"Plan": (inner, inner), "Pages": (f"Iterator[{inner}]", f"AsyncIterator[{inner}]")}[kind]
        self.plan, self.sync, self.aio = plan, sync, aio
        for function, result in ((sync, returns[0]), (aio, returns[1])):
            function.__signature__ = signature.replace(return_annotation=result)  # type: ignore[attr-defined]
            for name in ("__module__", "__name__", "__doc__"):
                setattr(function, name, getattr(plan, name))

    def __set_name__(self, owner: type[Any], name: str) -> None:
        # What a wrong keyword's TypeError and repr() show: `Campaigns.update_costs`, not the mixin's `_Campaigns`.
        for function in (self.plan, self.sync, self.aio):
            function.__qualname__ = f"{owner.__name__.lstrip('_')}.{name}"

    def _pick(self, host: object, owner: type[Any]) -> Any:
        function = self.aio if issubclass(owner, AsyncFlavour) else self.sync
        return function if host is None else MethodType(function, host)


class Twin(_Methods, Generic[P, R]):
    """A method that makes one exchange: a plain method for sync namespaces, a coroutine for async ones."""

    def __init__(self, plan: Callable[Concatenate[Any, P], Plan[R]]) -> None:
        def method(self: Any, /, *args: Any, **kwargs: Any) -> Any:
            todo = plan(self, *args, **kwargs)
            return todo.then(todo.step.run(self))

        async def coroutine(self: Any, /, *args: Any, **kwargs: Any) -> Any:
            todo = plan(self, *args, **kwargs)
            return todo.then(await todo.step.arun(self))

        super().__init__(plan, method, coroutine, "Plan")

    @overload
    def __get__(self, host: None, owner: type[Any]) -> Callable[..., Any]: ...
    @overload
    def __get__(self, host: AsyncFlavour, owner: type[Any]) -> Callable[P, Coroutine[Any, Any, R]]: ...
    @overload
    def __get__(self, host: SyncFlavour, owner: type[Any]) -> Callable[P, R]: ...
    def __get__(self, host: object, owner: type[Any]) -> Any:
        return self._pick(host, owner)


class PagedTwin(_Methods, Generic[P, T]):
    """A method that pages: an iterator for sync namespaces, an async iterator (`async for`) for async ones."""

    def __init__(self, plan: Callable[Concatenate[Any, P], Pages[T]]) -> None:
        def rows(self: Any, /, *args: Any, **kwargs: Any) -> Any:
            return plan(self, *args, **kwargs).run(self)

        def arows(self: Any, /, *args: Any, **kwargs: Any) -> Any:
            return plan(self, *args, **kwargs).arun(self)

        super().__init__(plan, rows, arows, "Pages")

    @overload
    def __get__(self, host: None, owner: type[Any]) -> Callable[..., Any]: ...
    @overload
    def __get__(self, host: AsyncFlavour, owner: type[Any]) -> Callable[P, AsyncIterator[T]]: ...
    @overload
    def __get__(self, host: SyncFlavour, owner: type[Any]) -> Callable[P, Iterator[T]]: ...
    def __get__(self, host: object, owner: type[Any]) -> Any:
        return self._pick(host, owner)


twin = Twin  # decorates a plan method (`-> Plan[Result]`) of a mixin shared by both flavours
paged = PagedTwin  # decorates a paging plan method (`-> Pages[Row]`) likewise


def _inner(plan: Callable[..., Any], returns: object, kind: str) -> str:
    """`X` of the plan's `-> Plan[X]` (or `-> Pages[X]`): what the methods return, or iterate over."""
    if not (isinstance(returns, str) and returns.startswith(f"{kind}[") and returns.endswith("]")):
        raise TypeError(
            f"{plan.__qualname__} must be annotated `-> {kind}[...]` in a module with postponed annotations"
        )
    return returns[len(kind) + 1 : -1]
