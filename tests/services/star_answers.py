"""Answers to behavioral questions written for the coach's tests: one strong STAR answer, the
same story told with "we", and one whose result has no number."""

STRONG = """\
At my last job I was the only ML engineer on a four-person team that ran search ranking for an
online grocery shop. In 2023 our ranking model was slow: p99 latency had crept up to 180 ms, and
the mobile team warned that they would drop personalised ranking from the app before the
holiday season unless we got under 100 ms.

My goal was to bring p99 latency under 100 ms within three weeks without losing ranking quality,
because the holiday weeks brought a third of our yearly revenue.

First I profiled a day of production traffic and found that 70 percent of the time went to
fetching features one by one from the feature store. I proposed batching those lookups and
wrote the change myself. Then I measured which of our 240 features mattered and removed the 60
whose removal did not move offline NDCG. I also distilled the gradient-boosted ranker into a
smaller model with half the trees, and I set up a shadow deployment so that I could compare
both models on live traffic for a week before switching. When the shadow run showed one bad
segment, new users with no history, I added a fallback to the popularity ranking for them.

As a result p99 latency fell from 180 ms to 85 ms, NDCG stayed within 0.2 percent of the old
model, and the app kept personalised ranking through the holidays. The batching change is still
used by two other teams, and I learned to profile before I optimise anything.
"""

WE_HEAVY = """\
At my last job we were a four-person team that ran search ranking for an online grocery shop.
In 2023 our ranking model was slow: p99 latency had crept up to 180 ms, and the mobile team
warned that they would drop personalised ranking from the app unless we got under 100 ms.

We needed to bring p99 latency under 100 ms within three weeks without losing ranking quality,
because the holiday weeks brought a third of our yearly revenue.

First we profiled a day of production traffic and found that 70 percent of the time went to
fetching features one by one from the feature store. We proposed batching those lookups and we
wrote the change together. Then we measured which of our 240 features mattered and we removed
the 60 whose removal did not move offline NDCG. We also distilled the gradient-boosted ranker
into a smaller model with half the trees, and we set up a shadow deployment so that we could
compare both models on live traffic for a week before switching. When the shadow run showed one
bad segment, new users with no history, we added a fallback to the popularity ranking for them.
I helped with the tests.

As a result p99 latency fell from 180 ms to 85 ms, NDCG stayed within 0.2 percent of the old
model, and the app kept personalised ranking through the holidays. Our batching change is still
used by two other teams, and we learned to profile before we optimise anything.
"""

NO_NUMBER = """\
At my last job I was the only ML engineer on a small team that ran search ranking for an online
grocery shop. Our ranking model had become slow, and the mobile team warned that they would
drop personalised ranking from the app before the holiday season unless it got much faster.

My goal was to make the model fast enough for the app without losing ranking quality, because
the holiday weeks brought a large share of the yearly revenue.

First I profiled a day of production traffic and found that most of the time went to fetching
features one by one from the feature store. I proposed batching those lookups and wrote the
change myself. Then I measured which features mattered and removed the ones whose removal did
not move offline ranking quality. I also distilled the gradient-boosted ranker into a smaller
model, and I set up a shadow deployment so that I could compare both models on live traffic
before switching. When the shadow run showed one bad segment, new users with no history, I
added a fallback to the popularity ranking for them, and I wrote a short guide for the team.

As a result the model became much faster, ranking quality stayed about the same, and the app
kept personalised ranking through the holidays. The batching change is still used by other
teams, and I learned to profile before I optimise anything.
"""
