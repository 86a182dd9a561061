import pytest


@pytest.fixture(scope="session")
def gazetteer():
    from dyad.geo import load_gazetteer

    return load_gazetteer()


@pytest.fixture(scope="session")
def resources(gazetteer):
    from dyad.context import Resources

    res = Resources()
    res.__dict__["gazetteer"] = gazetteer  # share the session's gazetteer (cached_property slot)
    return res
