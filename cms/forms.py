from django.core.exceptions import ValidationError
from django.utils.html import escape
from PIL import Image as PILImage
from wagtail.admin.forms.auth import LoginForm
from wagtail.admin.rich_text import DraftailRichTextArea
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from cms import login_throttle


class RateLimitedLoginForm(LoginForm):
    """The admin login form, saying so when django-axes refuses an attempt (cms/login_throttle.py)."""

    def clean(self):
        try:
            return super().clean()
        except ValidationError:
            login_throttle.raise_if_locked(self.request)
            raise


class DecodedImageField(WagtailImageField):
    """An image upload whose pixels are decoded before it is stored.

    Wagtail reads only an image's header, lets Pillow's errors on a damaged header escape (a 500),
    and stores a file whose pixels cannot be decoded, which then breaks every rendition of it - a
    textbook cover breaks the public catalogue. Both are refused with Wagtail's own message.
    Wagtail's size and pixel limits (WAGTAILIMAGES_MAX_*) run first, so decoding is bounded.
    """

    def to_python(self, data):
        try:
            upload = super().to_python(data)
            if upload is not None:
                upload.seek(0)
                with PILImage.open(upload) as image:
                    image.load()
                upload.seek(0)
        except ValidationError:
            raise
        except Exception as error:  # Pillow raises OSError, ValueError, SyntaxError … on hostile files
            raise ValidationError(self.error_messages["invalid_image"], code="invalid_image") from error
        return upload


class ImageForm(BaseImageForm):
    """Every Wagtail image form (add, edit, multiple upload; WAGTAILIMAGES_IMAGE_FORM_BASE)."""

    file = DecodedImageField(label="文件", widget=BaseImageForm._meta.widgets["file"])


class RichTextArea(DraftailRichTextArea):
    """The admin's rich-text editor (WAGTAILADMIN_RICH_TEXT_EDITORS).

    Draftail posts its content as JSON and Wagtail turns it into whitelisted HTML. A forged post
    (raw HTML, broken JSON) made that conversion raise - a 500. It is kept as plain text instead:
    every character escaped, so nothing is lost and nothing becomes live markup.
    """

    def value_from_datadict(self, data, files, name):
        try:
            return super().value_from_datadict(data, files, name)
        except Exception:  # json.JSONDecodeError, or valid JSON that is no contentstate
            lines = str(data.get(name, "")).splitlines()
            return "".join(f"<p>{escape(line)}</p>" for line in lines if line.strip())
