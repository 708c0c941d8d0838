"""What the review pipeline announces; who listens is not its business.

``review.services`` sends these inside its transactions (a receiver that raises rolls the step
back, as a direct call did). The owners of the reviewed items connect to the item events for their
own model (``sender`` is the item's class): textbooks.services for TextbookVersion,
curriculum.services for StandardVersion. ``review.notifications`` listens to the mail events.
This keeps the dependencies one way: models know nothing of services, the pipeline knows nothing of
mail, and an app is added to review by connecting receivers, not by editing the pipeline.
"""

from django.dispatch import Signal

# Item events (kwargs: item, user), sent with sender=type(item).
review_submitted = Signal()  # entered a review round: lock the content until a revision is asked for
revision_requested = Signal()  # "pass after revision": the makers may change it before resubmitting
review_passed = Signal()  # approval by HRSS (Art. 23): freeze it and put it where it belongs
review_failed = Signal()  # a fail decision or failed political review (Art. 18, 21)

# Mail events.
reviewer_assigned = Signal()  # kwargs: assignment (released to a drawn reviewer)
reviewer_reminder_due = Signal()  # kwargs: assignment; a receiver returns the message it sent, or None
authors_decided = Signal()  # kwargs: submission (decided or approved)
