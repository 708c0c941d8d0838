from django.conf import settings
from django.core.exceptions import ValidationError
from wagtail.admin.forms.auth import LoginForm

from cms import login_throttle

LOCKED_MESSAGE = "登录失败次数过多，账号已暂时锁定，请 {minutes} 分钟后再试。"


class RateLimitedLoginForm(LoginForm):
    """The admin login form, refusing further attempts after too many failures."""

    def clean(self):
        key = login_throttle.throttle_key(
            self.data.get("username"), login_throttle.client_address(self.request)
        )
        if login_throttle.is_locked(key):
            raise ValidationError(
                LOCKED_MESSAGE.format(minutes=settings.LOGIN_LOCK_SECONDS // 60), code="locked"
            )
        try:
            cleaned = super().clean()
        except ValidationError:
            login_throttle.record_failure(key)
            raise
        login_throttle.clear(key)
        return cleaned
