"""One way to write a domain state change to Wagtail's audit log (SPEC §7)."""

from wagtail.log_actions import log


def record(instance, action, user=None, data=None, title=None):
    """Log ``action`` on ``instance`` with who did it and what changed.

    ``action`` must be registered through the ``register_log_actions`` hook of the owning app.
    """
    return log(instance=instance, action=action, user=user, data=data or {}, title=title)
