"""A small synthetic reference corpus for the knowledge base and explanation tests.

The texts are written for the tests in the style of NIH fact sheets (no patient text);
each article has a focus and a MedQuAD-like question type, like the imported ones.
"""

from __future__ import annotations

from askmed_engine.knowledge import KnowledgeArticle

GOUT_INFO = (
    "Gout is a common, painful form of arthritis. It causes swollen, red, hot and stiff "
    "joints.\n\n"
    "Gout happens when uric acid builds up in your body. Gout often starts in the big toe."
)
GOUT_CAUSES = (
    "Gout is caused by too much uric acid in the blood. Eating foods rich in purines, "
    "such as liver and anchovies, can raise uric acid levels. Being overweight increases "
    "the risk of developing gout. Drinking alcohol can also trigger a gout attack."
)
GOUT_TREATMENT = (
    "Doctors treat gout attacks with medicines that reduce pain and swelling. Resting the "
    "joint and applying ice can help during an attack. Losing weight and limiting alcohol "
    "help prevent future attacks. See your doctor if a joint is suddenly hot, swollen and "
    "very painful."
)
MIGRAINE_INFO = (
    "Migraine is a type of headache that causes throbbing pain on one side of the head. "
    "Bright light and loud sounds often make a migraine worse."
)
MIGRAINE_TREATMENT = (
    "Pain relievers taken early can stop a migraine attack. Keeping a headache diary helps "
    "find the triggers of migraine. Regular sleep and meals can prevent migraine attacks."
)


def article(key: str, focus: str, qtype: str, body: str, **extra) -> KnowledgeArticle:
    return KnowledgeArticle(
        key=f"medquad:{key}",
        title=f"What is ({qtype}) {focus}?",
        body=body,
        source_id=key,
        publisher="Synthetic Institute of Health",
        url=f"https://example.org/{key.replace('#', '-')}",
        license="CC BY 4.0",
        focus=focus,
        qtype=qtype,
        **extra,
    )


def corpus() -> list[KnowledgeArticle]:
    return [
        article("T_QA/0001#1", "Gout", "information", GOUT_INFO),
        article("T_QA/0001#2", "Gout", "causes", GOUT_CAUSES),
        article("T_QA/0001#3", "Gout", "treatment", GOUT_TREATMENT),
        article("T_QA/0002#1", "Migraine", "information", MIGRAINE_INFO),
        article("T_QA/0002#2", "Migraine", "treatment", MIGRAINE_TREATMENT),
    ]
