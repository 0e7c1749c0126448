"""The evaluation harness of the extraction: a hand-annotated corpus, alignment and scoring."""

__all__: list[str] = []
