"""Chinese labels for the fields of Wagtail's link chooser forms: Wagtail declares them without a
label, so Django derives "Link text", "Email address"… from the field names, which no translation
catalogue can reach (issue 15: the admin in Chinese throughout)."""

LINK_CHOOSER_LABELS = {
    "ExternalLinkChooserForm": {"link_text": "链接文字"},
    "AnchorLinkChooserForm": {"link_text": "链接文字"},
    "EmailLinkChooserForm": {"email_address": "电子邮件地址", "link_text": "链接文字", "subject": "邮件主题", "body": "邮件正文"},
    "PhoneLinkChooserForm": {"phone_number": "电话号码", "link_text": "链接文字"},
}


def label_link_choosers():
    from wagtail.admin.forms import choosers

    for form_name, labels in LINK_CHOOSER_LABELS.items():
        fields = getattr(choosers, form_name).base_fields
        for field_name, label in labels.items():
            fields[field_name].label = label
