from types import SimpleNamespace

import pytest

from curriculum.demo import build_document


@pytest.fixture
def curriculum_world(demo_world):
    """The demo standards (3 majors × 2 levels, published, with public pages and resources)."""
    from curriculum.demo import seed_standards

    seed_standards()


@pytest.fixture
def cnc_doc():
    """数控加工（中级技能）, 2024版: a complete, valid StandardDoc without the database."""
    return build_document(SimpleNamespace(code="0103", name="数控加工"), "intermediate")
