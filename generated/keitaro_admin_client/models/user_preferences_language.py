"""Known values of `UserPreferencesLanguage`.

The check lets unknown values through unchanged: a tracker upgrade that adds a value must not
make every response that carries it fail to parse.
"""

from typing import Literal, cast

UserPreferencesLanguage = Literal["en", "ru"]

USER_PREFERENCES_LANGUAGE_VALUES: frozenset[UserPreferencesLanguage] = frozenset(
    {
        "en",
        "ru",
    }
)


def check_user_preferences_language(value: str) -> UserPreferencesLanguage:
    return cast(UserPreferencesLanguage, value)
