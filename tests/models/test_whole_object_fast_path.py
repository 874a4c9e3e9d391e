"""The whole-object fast path of `from_dict` gives what the field-by-field code gives, for every input.

Models whose fields are all plain values (or lists of them) fill an answer that sends exactly their
fields, each of the exact type, without per-field decoding. Anything else goes field by field. The
field-by-field code also runs for any mapping that is not a plain dict, so the same input given as
a dict and as a read-only mapping view takes the two paths: values, reprs, `to_dict()` and errors
(type, message, field path) must be identical. Inputs are drawn at random (fixed seed) from values
that fit, values that are converted (numeric strings, 0/1) and values that are refused.
"""

from __future__ import annotations

import importlib
import pkgutil
import random
import typing
from types import MappingProxyType, UnionType
from typing import Any

import attrs
import keitaro_admin_client.models as models_package
import pytest
from keitaro_admin_client.models import S2SPostback, SourceParameter
from keitaro_admin_client.types import UNSET, DecodeError, Unset


class Text(str):
    """A str subclass: not the exact type, so it is converted (to a plain str) rather than kept."""


def whole_models() -> list[type[Any]]:
    found = []
    for info in pkgutil.iter_modules(models_package.__path__):
        module = importlib.import_module(f"{models_package.__name__}.{info.name}")
        if hasattr(module, "_ALL"):
            found += [
                value
                for value in vars(module).values()
                if isinstance(value, type) and attrs.has(value) and value.__module__ == module.__name__
            ]
    return found


WHOLE = whole_models()
FITTING = ["x", "", 7, 0, 1, 2.5, True, False, None, ["a", "b"], [], [1, 2]]
ODD = ["12", " 7 ", "1.5", "true", "0", 2**70, 2.0, Text("t"), ["a", 1], [Text("t")], ["1"], {}, {"a": 1}, UNSET]


def outcome(cls: type[Any], given: Any) -> tuple[Any, ...]:
    try:
        model = cls.from_dict(given)
    except DecodeError as exc:
        return ("error", type(exc).__name__, str(exc), exc.path)
    return (
        "ok",
        repr(model),
        repr(model.to_dict()),
        [type(getattr(model, attr)) for attr in cls._fields.values()],
        model.additional_properties,
        # lists are the model's own copies on either path, never the caller's objects
        [
            getattr(model, attr) is given.get(key)
            for key, attr in cls._fields.items()
            if isinstance(given.get(key), list)
        ],
    )


def test_the_fast_path_is_generated_for_the_plain_models() -> None:
    names = {cls.__name__ for cls in WHOLE}
    assert {"S2SPostback", "SourceParameter", "Group", "TriggerInput"} <= names
    assert "Campaign" not in names  # nested models and timestamps: field by field


def exact_values(hint: Any) -> list[Any]:
    """Values of exactly the annotated type (what the fast path keeps as they are)."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is typing.Literal:
        return list(args)
    if origin in (typing.Union, UnionType):
        return [value for arg in args if arg is not Unset for value in exact_values(arg)]
    if origin is list:
        return [[], [item] if (item := exact_values(args[0])[0]) is not None else [], [exact_values(args[0])[-1]] * 2]
    by_type: dict[Any, list[Any]] = {int: [0, 7, 2**70], str: ["x", ""], float: [2.5, -0.0], bool: [True, False]}
    return by_type[hint] if hint is not type(None) else [None]


@pytest.mark.parametrize("cls", WHOLE, ids=lambda cls: cls.__name__)
def test_dict_and_mapping_view_decode_alike(cls: type[Any]) -> None:
    rng = random.Random(cls.__name__)
    hints = typing.get_type_hints(cls)
    exact = {key: exact_values(hints[attr]) for key, attr in cls._fields.items()}
    keys = list(exact)
    for _ in range(1500):
        given = {key: rng.choice(values) for key, values in exact.items()}
        for _ in range(rng.choice([0, 0, 1, 2])):  # most inputs fit exactly, some have one or two odd values
            given[rng.choice(keys)] = rng.choice(FITTING + ODD)
        if rng.random() < 0.1:
            del given[rng.choice(keys)]
        if rng.random() < 0.1:
            given["unknown_" + rng.choice("ab")] = rng.choice(FITTING)
        assert outcome(cls, given) == outcome(cls, MappingProxyType(given)), given


def test_exact_values_take_the_fast_path_and_are_kept() -> None:
    body = {"id": 1, "campaign_id": 2, "method": "GET", "statuses": ["sale"], "url": "https://pb/x"}
    postback = S2SPostback.from_dict(body)
    assert (postback.id, postback.campaign_id, postback.method, postback.url) == (1, 2, "GET", "https://pb/x")
    assert postback.statuses == ["sale"] and postback.statuses is not body["statuses"]  # a copy, as before
    assert postback.additional_properties == {}
    assert postback == S2SPostback.from_dict(MappingProxyType(body))


def test_converted_and_refused_values_are_as_field_by_field() -> None:
    assert S2SPostback.from_dict({"id": "12", "campaign_id": 2, "method": "GET", "statuses": [], "url": "u"}).id == 12
    text = SourceParameter.from_dict({"name": Text("kw"), "placeholder": "{kw}", "alias": "K"}).name
    assert type(text) is str and text == "kw"
    with pytest.raises(DecodeError) as caught:
        S2SPostback.from_dict({"id": 1, "campaign_id": 2, "method": "GET", "statuses": ["sale", 3], "url": "u"})
    assert caught.value.path == "statuses[1]"
    with pytest.raises(DecodeError, match="expected an integer"):
        S2SPostback.from_dict({"id": True, "campaign_id": 2, "method": "GET", "statuses": [], "url": "u"})


def test_each_model_gets_its_own_extra_fields_dict_on_the_fast_path() -> None:
    first = SourceParameter.from_dict({"name": "a", "placeholder": "b", "alias": "c"})
    second = SourceParameter.from_dict({"name": "a", "placeholder": "b", "alias": "c"})
    first["mine"] = 1
    assert second.additional_properties == {} and first.additional_properties == {"mine": 1}


def test_a_subclass_with_its_own_init_still_has_it_called_on_the_fast_path() -> None:
    calls: list[str] = []

    class Mine(SourceParameter):
        def __init__(self, **fields: Any) -> None:
            calls.append("init")
            super().__init__(**fields)

    built = Mine.from_dict({"name": "a", "placeholder": "b", "alias": "c"})
    assert type(built) is Mine and calls == ["init"] and built.alias == "c"
