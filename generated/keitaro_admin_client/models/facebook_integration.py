from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types as _t
from ..types import UNSET, Unset

T = TypeVar("T", bound="FacebookIntegration")

_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "integration",
        "proxy_enabled",
        "name",
        "ad_account_id",
        "token",
        "last_error",
        "last_raw_error",
        "proxy",
    )
)
_new = object.__new__


@_attrs_define
class FacebookIntegration:
    """A Facebook ad account connected for cost import.

    Attributes:
        id (int):
        integration (str | Unset):
        proxy_enabled (bool | Unset): Route the integration's requests through `proxy`.
        name (str | Unset): Display name.
        ad_account_id (str | Unset): Facebook ad account id.
        token (str | Unset): Facebook access token. Treat it as a secret.
        last_error (None | str | Unset):
        last_raw_error (None | str | Unset):
        proxy (FacebookProxy | None | Unset):
    """

    id: int
    integration: str | Unset = UNSET
    proxy_enabled: bool | Unset = UNSET
    name: str | Unset = UNSET
    ad_account_id: str | Unset = UNSET
    token: str | Unset = UNSET
    last_error: None | str | Unset = UNSET
    last_raw_error: None | str | Unset = UNSET
    proxy: FacebookProxy | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _fields: ClassVar[dict[str, str]] = {
        "id": "id",
        "integration": "integration",
        "proxy_enabled": "proxy_enabled",
        "name": "name",
        "ad_account_id": "ad_account_id",
        "token": "token",
        "last_error": "last_error",
        "last_raw_error": "last_raw_error",
        "proxy": "proxy",
    }

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form: unset fields left out, timestamps as `YYYY-MM-DD HH:MM:SS`."""
        v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        v = self.id
        field_dict["id"] = v
        v = self.integration
        if v is not UNSET:
            field_dict["integration"] = v
        v = self.proxy_enabled
        if v is not UNSET:
            field_dict["proxy_enabled"] = v
        v = self.name
        if v is not UNSET:
            field_dict["name"] = v
        v = self.ad_account_id
        if v is not UNSET:
            field_dict["ad_account_id"] = v
        v = self.token
        if v is not UNSET:
            field_dict["token"] = v
        v = self.last_error
        if v is not UNSET:
            field_dict["last_error"] = v
        v = self.last_raw_error
        if v is not UNSET:
            field_dict["last_raw_error"] = v
        v = self.proxy
        if v is not UNSET:
            field_dict["proxy"] = _t.encode(v)
        return field_dict

    def to_json(self, **options: Any) -> str:
        """`to_dict()` as a JSON string; options go to `json.dumps`."""
        return _t.to_json(self, **options)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from decoded JSON; raises `DecodeError` naming the first field that does not fit."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _t.not_an_object(src_dict, "FacebookIntegration")
        # Fields are set on a bare instance: the attrs __init__ would only assign them again, and a
        # call with every field as a keyword costs more than the decoding. A subclass with its own
        # __init__ still gets it called (below).
        obj = _new(cls)
        get = src_dict.get
        v: Any
        raw: Any
        v = get("id", UNSET)
        if type(v) is not int:
            if v is UNSET:
                raise _t.missing("id", src_dict, cls._fields)
            v = _t.decode_field(_t.to_int, v, "id")
        obj.id = v
        v = get("integration", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "integration")
        obj.integration = v
        v = get("proxy_enabled", UNSET)
        if type(v) is not bool and v is not UNSET:
            v = _t.decode_field(_t.to_bool, v, "proxy_enabled")
        obj.proxy_enabled = v
        v = get("name", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "name")
        obj.name = v
        v = get("ad_account_id", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "ad_account_id")
        obj.ad_account_id = v
        v = get("token", UNSET)
        if type(v) is not str and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "token")
        obj.token = v
        v = get("last_error", UNSET)
        if type(v) is not str and v is not None and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "last_error")
        obj.last_error = v
        v = get("last_raw_error", UNSET)
        if type(v) is not str and v is not None and v is not UNSET:
            v = _t.decode_field(_t.to_str, v, "last_raw_error")
        obj.last_raw_error = v
        v = get("proxy", UNSET)
        if type(v) is dict:
            try:
                v = FacebookProxy.from_dict(v)
            except _t.DecodeError as exc:
                raise exc.at("proxy") from None
        elif v is not None and v is not UNSET:
            try:
                v = _DEC_proxy(v)
            except _t.DecodeError as exc:
                raise exc.at("proxy") from None
        obj.proxy = v
        obj.additional_properties = (
            {} if _KNOWN.issuperset(src_dict) else {key: value for key, value in src_dict.items() if key not in _KNOWN}
        )
        if cls is not FacebookIntegration and cls.__init__ is not _INIT:
            return _t.rebuilt(cls, obj, FacebookIntegration._fields.values())
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


_INIT = FacebookIntegration.__init__

# Models named by fields, imported after the class so that models that refer to each other import
# (each finds the other's class already defined); from_dict calls them directly.
from ..models.facebook_proxy import FacebookProxy  # noqa: E402

# Field decoders, made once; after the imports above, as they call the nested models' classes.
_DEC_proxy = _t.model(FacebookProxy)
