from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.filter_operator import FilterOperator
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportFilter")

_KNOWN: frozenset[str] = frozenset(
    (
        "name",
        "operator",
        "expression",
    )
)
_new = object.__new__


@_attrs_define
class ReportFilter:
    """A condition rows must meet.

    Attributes:
        name (str): Column or metric to test.
        operator (FilterOperator): Comparison of a report filter. Number operators take one number; text operators one
            string; `IN_LIST`, `NOT_IN_LIST` take a list; `BETWEEN` a list of two; `IS_SET`, `IS_NOT_SET`, `IS_TRUE`,
            `IS_FALSE` no expression; `HAS_LABEL`, `NOT_HAS_LABEL` take `whitelist` or `blacklist`.
        expression (float | list[float | str] | None | str | Unset): Value to compare with; a list for the list
            operators; left out for the `IS_*` ones.
    """

    name: str
    operator: FilterOperator
    expression: float | list[float | str] | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _fields: ClassVar[dict[str, str]] = {
        "name": "name",
        "operator": "operator",
        "expression": "expression",
    }

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form: unset fields left out, timestamps as `YYYY-MM-DD HH:MM:SS`."""
        v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        v = self.name
        field_dict["name"] = v
        v = self.operator
        field_dict["operator"] = v
        v = self.expression
        if v is not UNSET:
            field_dict["expression"] = _t.encode(v)
        return field_dict

    def to_json(self, **options: Any) -> str:
        """`to_dict()` as a JSON string; options go to `json.dumps`."""
        return _t.to_json(self, **options)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON; raises `DecodeError` naming the first field that does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _t.not_an_object(src_dict, "ReportFilter")
        # Fields are set on a bare instance: the attrs __init__ would only assign them again, and a
        # call with every field as a keyword costs more than the decoding. A subclass with its own
        # __init__ still gets it called (below).
        obj = _new(cls)
        get = src_dict.get
        v: Any
        raw: Any
        v = get("name", UNSET)
        if type(v) is not str:
            if v is UNSET:
                raise _t.missing("name", src_dict, cls._fields)
            v = _t.decode_field(_t.to_str, v, "name")
        obj.name = v
        v = get("operator", UNSET)
        if type(v) is not str:
            if v is UNSET:
                raise _t.missing("operator", src_dict, cls._fields)
            v = _t.decode_field(_t.to_str, v, "operator")
        obj.operator = v
        v = get("expression", UNSET)
        if v is not UNSET:
            try:
                v = _DEC_expression(v)
            except _t.DecodeError as exc:
                raise exc.at("expression") from None
        obj.expression = v
        obj.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KNOWN}
        )
        if cls is not ReportFilter and cls.__init__ is not _INIT:
            return _t.rebuilt(cls, obj, ReportFilter._fields.values())
        return obj

    def __repr__(self) -> str:
        return _t.model_repr(self, self._fields)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """A field by its JSON name, known (`m["alias"]`) or not; KeyError if the tracker did not send it."""
        attr = self._fields.get(key)
        if attr is not None:
            value = getattr(self, attr)
            if value is UNSET:
                raise KeyError(key)
            return value
        return self.additional_properties[key]

    def get(self, key: str, default: Any = None) -> Any:
        try:
            return self[key]
        except KeyError:
            return default

    def __setitem__(self, key: str, value: Any) -> None:
        attr = self._fields.get(key)
        if attr is not None:
            setattr(self, attr, value)
        else:
            self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        attr = self._fields.get(key)
        if attr is not None:
            if getattr(self, attr) is UNSET:
                raise KeyError(key)
            setattr(self, attr, UNSET)
        else:
            del self.additional_properties[key]

    def __contains__(self, key: object) -> bool:
        attr = self._fields.get(key) if isinstance(key, str) else None
        if attr is not None:
            return getattr(self, attr) is not UNSET
        return key in self.additional_properties


_INIT = ReportFilter.__init__

# Field decoders, made once; after the imports above, as they call the nested models' classes.
_DEC_expression = _t.one_of(
    _t.to_str,
    _t.to_float,
    _t.list_of(
        _t.one_of(
            _t.to_str,
            _t.to_float,
        )
    ),
    _t.to_none,
)
