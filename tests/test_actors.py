"""Actor aliases found in text: any case, offsets into the text as written."""

import pytest

from corpus_tools.actors import actor_index, actors


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NATO met; THE KREMLIN LEADER spoke, and macron’s aide too.",
            [(0, 4, "NATO"), (10, 28, "THE KREMLIN LEADER"), (40, 46, "macron")],
        ),
        # "İ" lower-cases to two characters: offsets must still point into the text as written
        ("İzmir: Putin said.", [(7, 12, "Putin")]),
    ],
)
def test_alias_mentions_in_any_case(text: str, expected: list) -> None:
    index = actor_index(actors())
    assert index.mentions(text) == expected
    assert expected == [(m.start(), m.end(), m.group()) for m in index.names.finditer(text)]
