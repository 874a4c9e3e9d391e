"""A handwritten method written once, as a plan, and run by either client: `@twin`.

A plan is a method that only prepares: it takes the method's arguments, checks them and returns a
`Plan`, the one exchange the method needs (`Send` a call, `Save` a download to a file, `Batched`
calls) and what to make of the answer. `@twin` turns it into a descriptor that gives a
`SyncFlavour` namespace a method running the plan with plain calls and `with`, and an
`AsyncFlavour` namespace a coroutine awaiting it with `async with`. Both carry the plan's name,
docstring and exact signature (`inspect.signature`, `help()` and the docs pages read it), and type
checkers see the plan's parameters returning its result, or an awaitable of it.

Why not two methods calling one helper: the parameter lists (`update_costs` has 14) would still be
written twice and drift. Why not generate the twins from a template: that adds lines to keitaro_ext
instead of removing them, and a second generator to keep.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Coroutine, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MethodType
from typing import Any, Concatenate, Generic, NamedTuple, ParamSpec, TypeVar, overload

from keitaro_admin_client.facade import PreparedCall

__all__ = ["AsyncFlavour", "Batched", "Plan", "Save", "Send", "SyncFlavour", "Twin", "nothing", "twin"]

P = ParamSpec("P")
R = TypeVar("R")


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

    def run(self, host: Any) -> Path:
        with host._caller.stream(self.call) as response:
            path: Path = response.write_to(self.path)
            return path

    async def arun(self, host: Any) -> Path:
        async with host._caller.stream(self.call) as response:
            path: Path = await response.write_to(self.path)
            return path


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


def nothing(answer: object) -> None:
    """The `then` of a method that returns None whatever the tracker answered."""


class Twin(Generic[P, R]):
    """The sync and the async method of one plan; the namespace's flavour picks which one it gets."""

    def __init__(self, plan: Callable[Concatenate[Any, P], Plan[R]]) -> None:
        def method(self: Any, /, *args: Any, **kwargs: Any) -> Any:
            todo = plan(self, *args, **kwargs)
            return todo.then(todo.step.run(self))

        async def coroutine(self: Any, /, *args: Any, **kwargs: Any) -> Any:
            todo = plan(self, *args, **kwargs)
            return todo.then(await todo.step.arun(self))

        self.plan, self.sync, self.aio = plan, _like(method, plan), _like(coroutine, plan)

    def __set_name__(self, owner: type[Any], name: str) -> None:
        # What a wrong keyword's TypeError and repr() show: `Campaigns.update_costs`, not the mixin's `_Campaigns`.
        for function in (self.plan, self.sync, self.aio):
            function.__qualname__ = f"{owner.__name__.lstrip('_')}.{name}"

    @overload
    def __get__(self, host: None, owner: type[Any]) -> Callable[..., Any]: ...
    @overload
    def __get__(self, host: AsyncFlavour, owner: type[Any]) -> Callable[P, Coroutine[Any, Any, R]]: ...
    @overload
    def __get__(self, host: SyncFlavour, owner: type[Any]) -> Callable[P, R]: ...
    def __get__(self, host: object, owner: type[Any]) -> Any:
        function = self.aio if issubclass(owner, AsyncFlavour) else self.sync
        return function if host is None else MethodType(function, host)


def twin(plan: Callable[Concatenate[Any, P], Plan[R]]) -> Twin[P, R]:
    """Decorates a plan method (annotated `-> Plan[Result]`) of a mixin shared by both flavours."""
    return Twin(plan)


def _like(function: Callable[..., Any], plan: Callable[..., Any]) -> Callable[..., Any]:
    """`function` under the plan's name, docstring and signature, returning what the plan's `Plan[...]` holds."""
    signature = inspect.signature(plan)
    returns = signature.return_annotation  # a string: every module with plans postpones annotations
    if not (isinstance(returns, str) and returns.startswith("Plan[") and returns.endswith("]")):
        raise TypeError(f"{plan.__qualname__} must be annotated `-> Plan[...]` in a module with postponed annotations")
    function.__signature__ = signature.replace(return_annotation=returns[len("Plan[") : -1])  # type: ignore[attr-defined]
    for name in ("__module__", "__name__", "__qualname__", "__doc__"):
        setattr(function, name, getattr(plan, name))
    return function
