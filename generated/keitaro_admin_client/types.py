"""Types the generated models and endpoints share, and the decoders their `from_dict` uses.

Our own version of the generator's default. Besides `Unset`, `File` and `Response` it holds:
- `KeitaroError` and `InvalidArgumentError`, the SDK's error base and its "bad argument, nothing
  was sent" error (here, not in keitaro_ext, so the generated facade can raise them itself);
- `DecodeError`, raised by every model's `from_dict` with the path of the offending field;
- the decoders (`to_int`, `list_of`, `model_of`, ...) that models build once at import time:
  strict about types, lenient where trackers are (numeric strings for numbers, 0/1 for booleans,
  `YYYY-MM-DD HH:MM:SS` timestamps).
Hand-written: scripts/gen_facade.py copies openapi/runtime/package_types.py over the generator's
types.py as it is (nothing here varies with the spec); edit it there, never in generated/.
"""

import datetime
import enum
import gc
import importlib
import json
from collections.abc import Callable, Iterable, Mapping, MutableMapping
from http import HTTPStatus
from operator import itemgetter as itemgetter  # models fetch all their fields at once with it
from typing import IO, Any, BinaryIO, Final, Generic, Literal, TypeVar

from attrs import define


class Unset(enum.Enum):
    """Marks a field the tracker did not send, or an argument the caller did not give.

    A one-member enum, so `value is UNSET` narrows the type for mypy and pyright (no isinstance
    needed), and it pickles to the same object.
    """

    UNSET = "UNSET"

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = Unset.UNSET

FileContent = IO[bytes] | bytes | str
# What httpx takes per file in `files=`: name, content, content type, and optionally headers.
FileTypes = tuple[str | None, FileContent, str | None] | tuple[str | None, FileContent, str | None, Mapping[str, str]]
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """A file sent or received as raw bytes (zip downloads of offers and landing pages)."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """Status, raw body, headers and parsed value of an answer, from the `*_detailed` functions."""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


class KeitaroError(Exception):
    """Base of every error this SDK raises (re-exported as `keitaro_ext.KeitaroError`).

    Every error pickles with all its attributes (a `ProcessPoolExecutor` sends a worker's errors
    back that way): `__reduce__` rebuilds from the instance's own `__dict__`, not the constructor,
    whose keyword-only arguments the default pickling cannot pass. Each attribute passes through
    `PICKLE_VALUE_HOOKS` first (keitaro_ext registers one that blanks the key in httpx objects).
    """

    def __reduce__(self) -> tuple[Any, ...]:
        state = {name: _pickle_value(value) for name, value in vars(self).items()}
        return (_rebuild_error, (type(self), self.args, state))


PICKLE_VALUE_HOOKS: list[Callable[[Any], Any]] = []


def _pickle_value(value: Any) -> Any:
    for hook in PICKLE_VALUE_HOOKS:
        value = hook(value)
    return value


def _rebuild_error(cls: type[KeitaroError], args: tuple[Any, ...], state: dict[str, Any]) -> KeitaroError:
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


class InvalidArgumentError(KeitaroError, ValueError, TypeError):
    """An argument cannot be sent as given; nothing was sent. `path` names the field, e.g. `offers[0].share`."""

    def __init__(self, message: str, *, path: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.path = path


Segment = str | int


class DecodeError(ValueError):
    """A value does not fit the schema. `path` says where (`offers[0].offer_id`), `problem` what is wrong."""

    def __init__(self, problem: str, path: Iterable[Segment] = ()) -> None:
        self.problem = problem
        self.segments: list[Segment] = list(path)
        super().__init__(problem, self.segments)

    def at(self, *segments: Segment) -> "DecodeError":
        """The same error seen from the enclosing object (segments are prepended)."""
        self.segments[:0] = segments
        return self

    @property
    def path(self) -> str:
        return join_path(self.segments)

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}" if self.segments else self.problem


def join_path(segments: Iterable[Segment]) -> str:
    text = ""
    for segment in segments:
        text += f"[{segment}]" if isinstance(segment, int) else (f".{segment}" if text else segment)
    return text


Decoder = Callable[[Any], Any]


def _shown(value: Any) -> str:
    shown = repr(value)
    return f"{type(value).__name__} {shown[:60] + '...' if len(shown) > 60 else shown}"


def to_any(value: Any) -> Any:
    return value


def to_none(value: Any) -> None:
    if value is not None:
        raise DecodeError(f"expected null, got {_shown(value)}")
    return None


def to_str(value: Any) -> str:
    if type(value) is str or isinstance(value, str):
        return str(value)
    raise DecodeError(f"expected a string, got {_shown(value)}")


def to_int(value: Any) -> int:
    """An integer; trackers send some as numeric strings ("12"), converted exactly (no float on the way)."""
    if type(value) is int:
        return value
    if isinstance(value, str):
        text = value.strip()
        digits = text[1:] if text[:1] in "+-" else text
        if digits.isdigit() and digits.isascii():
            return int(text)
    elif (isinstance(value, float) and value.is_integer()) or (isinstance(value, int) and not isinstance(value, bool)):
        return int(value)
    raise DecodeError(f"expected an integer, got {_shown(value)}")


def to_float(value: Any) -> float:
    """A number. Integers stay integers (sent back as sent); numeric strings ("0.25", "12") are read as
    numbers, integer strings exactly; booleans and other text are refused."""
    if type(value) is float or (isinstance(value, int) and not isinstance(value, bool)):
        return value  # type: ignore[no-any-return,unused-ignore]
    if isinstance(value, str):
        try:
            return to_int(value)
        except DecodeError:
            pass
        try:
            number = float(value)
        except ValueError:
            pass
        else:
            if number == number and number not in (float("inf"), float("-inf")):
                return number
    raise DecodeError(f"expected a number, got {_shown(value)}")


_TRUE = {"1", "true"}
_FALSE = {"0", "false", ""}


def to_bool(value: Any) -> bool:
    """A boolean; PHP trackers also send 0/1 and "0"/"1" for flags."""
    if type(value) is bool:
        return value
    if type(value) is int and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        text = value.strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
    raise DecodeError(f"expected a boolean, got {_shown(value)}")


def to_datetime(value: Any) -> datetime.datetime:
    """A timestamp such as `2026-06-01 12:30:00` (the tracker's local time, kept naive) or ISO 8601."""
    if isinstance(value, datetime.datetime):
        return value
    if isinstance(value, str):
        try:
            return datetime.datetime.fromisoformat(value.strip())
        except ValueError:
            pass
    raise DecodeError(f"expected a timestamp like '2026-06-01 12:30:00', got {_shown(value)}")


# What models call first for a timestamp sent as text (to_datetime is the fallback with the error).
datetime_from_text = datetime.datetime.fromisoformat


def to_date(value: Any) -> datetime.date:
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise DecodeError(f"expected a date like '2026-06-01', got {_shown(value)}")


def nullable(decoder: Decoder) -> Decoder:
    def decode(value: Any) -> Any:
        return None if value is None else decoder(value)

    return decode


def list_of(decoder: Decoder) -> Decoder:
    def decode(value: Any) -> list[Any]:
        if type(value) is not list and not isinstance(value, (list, tuple)):
            raise DecodeError(f"expected a list, got {_shown(value)}")
        index = 0
        try:
            out = []
            for index, item in enumerate(value):  # noqa: B007 - index is read on failure
                out.append(decoder(item))
            return out
        except DecodeError as exc:
            raise exc.at(index) from None

    return decode


def one_of(*decoders: Decoder) -> Decoder:
    def decode(value: Any) -> Any:
        problems = []
        for decoder in decoders:
            try:
                return decoder(value)
            except DecodeError as exc:
                problems.append(exc)
        deepest = max(problems, key=lambda exc: len(exc.segments))
        if deepest.segments:
            raise deepest
        raise DecodeError("; or ".join(dict.fromkeys(exc.problem for exc in problems)))

    return decode


def model_of(package: str, module: str, name: str) -> Decoder:
    """Decode a nested model; the class is looked up on first use (models refer to each other)."""
    cls: Any = None

    def decode(value: Any) -> Any:
        nonlocal cls
        if cls is None:
            cls = getattr(importlib.import_module(f"{package}.{module}"), name)
        if type(value) is not dict and isinstance(value, cls):
            return value
        return cls.from_dict(value)

    return decode


def model(cls: Any, nullable: bool = False) -> Decoder:
    """Decode a nested model of class `cls` (and null, if `nullable`); an instance passes as it is."""
    from_dict = cls.from_dict

    def decode(value: Any) -> Any:
        if type(value) is dict:
            return from_dict(value)
        if value is None and nullable:
            return None
        if isinstance(value, cls):
            return value
        return from_dict(value)

    return decode


def all_are(items: list[Any], kind: type) -> bool:
    """Whether every item is exactly of `kind` (not a subclass): such a list needs no decoding."""
    for item in items:  # noqa: SIM110 - a plain loop is cheaper than all() over a generator
        if type(item) is not kind:
            return False
    return True


def decode_field(decoder: Decoder, value: Any, key: str) -> Any:
    """Run a field's decoder; a failure is reported at `key`. UNSET (field absent) passes through."""
    if value is UNSET:
        return value
    try:
        return decoder(value)
    except DecodeError as exc:
        raise exc.at(key) from None


def rebuilt(cls: type[T], obj: Any, attrs: Iterable[str]) -> T:
    """`obj` made again through `cls.__init__`: what `from_dict` returns for a subclass that defines its own."""
    built = cls(**{attr: getattr(obj, attr) for attr in attrs})
    extra = getattr(obj, "additional_properties", None)
    if extra:
        built.additional_properties = extra  # type: ignore[attr-defined]
    return built


# How list answers' JSON is decoded: `json.loads` here, as this package needs only httpx and attrs;
# keitaro_ext sets orjson's (with `json` as the fallback) when the `fast` extra is installed.
json_loads: Callable[[bytes], Any] = json.loads


def list_answer(response: Any, parse_item: Callable[[Any], T]) -> list[T]:
    """A list answer decoded and turned into models, one `from_dict` per item.

    The cyclic garbage collector is paused while this runs (decoding and building). Thousands of
    container objects are made at once, so it would start a young collection every 700 of them and,
    as they pile up, older and full ones that walk the whole heap; none can find anything here:
    decoded JSON and the models built from it hold no reference cycles (each is a tree whose nodes
    reference counting frees). The pause is taken only when the collector is on and is undone
    however this ends (an error included). It is process-wide, so other threads' cyclic garbage waits
    as long as the list takes to build; a thread that switches the collector off while this runs
    finds it switched on again afterwards.
    """
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        data = json_loads(response.content)  # what httpx's response.json() does, decoder aside
        if not isinstance(data, list):
            raise DecodeError(f"expected a list, got {_shown(data)}")
        # Items are taken off the decoded list as they are built, so each decoded object is freed
        # at once, while still in the CPU cache, rather than all of them in one sweep at the end.
        count = len(data)
        data.reverse()
        take = data.pop
        try:
            return [parse_item(take()) for _ in range(count)]
        except DecodeError as error:  # the item that failed was the last one taken off
            error.at(count - len(data) - 1)
            raise
    finally:
        if paused:
            gc.enable()


def not_an_object(value: Any, name: str) -> DecodeError:
    return DecodeError(f"expected an object ({name} or a mapping), got {_shown(value)}")


def missing(key: str, given: Mapping[str, Any], known: Mapping[str, str]) -> DecodeError:
    """`missing 'offer_id'`, led by the unknown keys that look like typos of known fields."""
    typos = [
        f"unknown field {other!r} (did you mean {near!r}?)"
        for other in given
        if other not in known and (near := closest(other, known)) is not None
    ]
    return DecodeError("; ".join([*typos, f"missing {key!r}"]))


def closest(name: str, candidates: Iterable[str]) -> str | None:
    """The candidate one edit (insert, delete, replace, swap) away from `name`, if any."""
    for candidate in candidates:
        if one_edit_apart(name, candidate):
            return candidate
    return None


def one_edit_apart(a: str, b: str) -> bool:
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def encode(value: Any) -> Any:
    """JSON-ready form of a field value: models as dicts, timestamps as the tracker prints them."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, datetime.datetime):
        return value.isoformat(" ")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [encode(item) for item in value]
    if isinstance(value, dict):
        return {key: encode(item) for key, item in value.items()}
    return value


def model_repr(model: Any, fields: Mapping[str, str]) -> str:
    """`Campaign(id=1, name='x')`: set fields only, unknown keys last."""
    parts = [f"{attr}={value!r}" for attr in fields.values() if (value := getattr(model, attr)) is not UNSET]
    extra = getattr(model, "additional_properties", None)
    if extra:
        parts.append(f"additional_properties={extra!r}")
    return f"{type(model).__name__}({', '.join(parts)})"


def to_json(model: Any, **options: Any) -> str:
    options.setdefault("ensure_ascii", False)
    return json.dumps(model.to_dict(), **options)


def unknown_near_misses(model: Any, path: tuple[Segment, ...] = ()) -> list[tuple[str, str]]:
    """(path, suggestion) for every unknown key in a model tree that is one edit from a known field."""
    found: list[tuple[str, str]] = []
    fields: Mapping[str, str] | None = getattr(type(model), "_fields", None)
    if fields is None:
        return found
    for key in getattr(model, "additional_properties", {}):
        near = closest(key, fields)
        if near is not None:
            found.append((join_path((*path, key)), near))
    for json_name, attr in fields.items():
        value = getattr(model, attr)
        if isinstance(value, list):
            for index, item in enumerate(value):
                found += unknown_near_misses(item, (*path, json_name, index))
        else:
            found += unknown_near_misses(value, (*path, json_name))
    return found


__all__ = [
    "UNSET",
    "DecodeError",
    "File",
    "FileContent",
    "FileTypes",
    "InvalidArgumentError",
    "KeitaroError",
    "RequestFiles",
    "Response",
    "Unset",
]
