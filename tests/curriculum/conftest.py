from types import SimpleNamespace

import pytest

from curriculum.demo import build_document, seed_standards
from tests.conftest import world_layer

curriculum_world = world_layer(
    "curriculum_world", "The demo standards (3 majors × 2 levels, published, with public pages and resources).", seed_standards
)


@pytest.fixture
def cnc_doc():
    """数控加工（中级技能）, 2024版: a complete, valid StandardDoc without the database."""
    return build_document(SimpleNamespace(code="0103", name="数控加工"), "intermediate")
