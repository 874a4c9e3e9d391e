from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..models.user_type import UserType
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserUpdate")

_KNOWN: frozenset[str] = frozenset(
    (
        "login",
        "new_password",
        "new_password_confirmation",
        "type",
        "keyCount",
        "preferences",
    )
)
_new = object.__new__


@_attrs_define
class UserUpdate:
    """Fields accepted when changing a user.

    Attributes:
        login (str | Unset): Must hold a non-space character. Keitaro's document marks the field required but does not
            say blank text is refused; the fake refuses it as a tracker is assumed to (G).
        new_password (str | Unset): New password.
        new_password_confirmation (str | Unset): The same password again.
        type_ (UserType | Unset): Role of a user.
        key_count (int | Unset): Number of Admin API keys of the user.
        preferences (UserPreferences | Unset): Personal settings of a user.
    """

    login: str | Unset = UNSET
    new_password: str | Unset = UNSET
    new_password_confirmation: str | Unset = UNSET
    type_: UserType | Unset = UNSET
    key_count: int | Unset = UNSET
    preferences: UserPreferences | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _fields: ClassVar[dict[str, str]] = {
        "login": "login",
        "new_password": "new_password",
        "new_password_confirmation": "new_password_confirmation",
        "type": "type_",
        "keyCount": "key_count",
        "preferences": "preferences",
    }

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form: unset fields left out, timestamps as `YYYY-MM-DD HH:MM:SS`."""
        v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        v = self.login
        if v is not UNSET:
            field_dict["login"] = v
        v = self.new_password
        if v is not UNSET:
            field_dict["new_password"] = v
        v = self.new_password_confirmation
        if v is not UNSET:
            field_dict["new_password_confirmation"] = v
        v = self.type_
        if v is not UNSET:
            field_dict["type"] = v
        v = self.key_count
        if v is not UNSET:
            field_dict["keyCount"] = v
        v = self.preferences
        if v is not UNSET:
            field_dict["preferences"] = _t.encode(v)
        return field_dict

    def to_json(self, **options: Any) -> str:
        """`to_dict()` as a JSON string; options go to `json.dumps`."""
        return _t.to_json(self, **options)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON; raises `DecodeError` naming the first field that does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _t.not_an_object(src_dict, "UserUpdate")
        # Fields are set on a bare instance: the attrs __init__ would only assign them again, and a
        # call with every field as a keyword costs more than the decoding. A subclass with its own
        # __init__ still gets it called (below).
        obj = _new(cls)
        get = src_dict.get
        v: Any
        raw: Any
        v = get("login", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "login")
        obj.login = v
        v = get("new_password", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "new_password")
        obj.new_password = v
        v = get("new_password_confirmation", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "new_password_confirmation")
        obj.new_password_confirmation = v
        v = get("type", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "type")
        obj.type_ = v
        v = get("keyCount", UNSET)
        if type(v) is not int and v is not UNSET:
            v = _t.decode_field(_t.to_int, v, "keyCount")
        obj.key_count = v
        v = get("preferences", UNSET)
        if type(v) is dict:
            try:
                v = UserPreferences.from_dict(v)
            except _t.DecodeError as exc:
                raise exc.at("preferences") from None
        elif v is not UNSET:
            try:
                v = _DEC_preferences(v)
            except _t.DecodeError as exc:
                raise exc.at("preferences") from None
        obj.preferences = v
        obj.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KNOWN}
        )
        if cls is not UserUpdate and cls.__init__ is not _INIT:
            return _t.rebuilt(cls, obj, UserUpdate._fields.values())
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


_INIT = UserUpdate.__init__

# Models named by fields, imported after the class so that models that refer to each other import
# (each finds the other's class already defined); from_dict calls them directly.
from ..models.user_preferences import UserPreferences  # noqa: E402

# Field decoders, made once; after the imports above, as they call the nested models' classes.
_DEC_preferences = _t.model(UserPreferences)
