"""Build the POST data a Wagtail admin form (StreamFields and inline panels included) sends back."""


def admin_form_data(form):
    """The POST data the admin edit form would send back unchanged."""
    from django.forms.formsets import BaseFormSet

    data = {}
    for name, field in form.fields.items():
        value = form[name].value()
        widget = field.widget
        data.update(widget.value_omitted_from_data and _widget_data(widget, form.add_prefix(name), value) or {})
    for formset in form.formsets.values():
        assert isinstance(formset, BaseFormSet)
        data.update({f"{formset.prefix}-{k}": v for k, v in formset.management_form.initial.items()})
        for subform in formset.forms:
            for name in subform.fields:
                value = subform[name].value()
                if value is not None:
                    data[subform.add_prefix(name)] = value
    return data


def _widget_data(widget, name, value):
    from wagtail.blocks import BlockWidget

    if isinstance(widget, BlockWidget):
        return _block_post_data(widget.block_def, name, value)
    if value is None:
        return {}
    if isinstance(value, list | tuple):
        return {name: [str(v) for v in value]}
    return {name: value if isinstance(value, str) else str(value)}


def _block_post_data(block, prefix, value):
    from wagtail import blocks

    data = {}
    if isinstance(block, blocks.StreamBlock):
        data[f"{prefix}-count"] = str(len(value))
        for i, child in enumerate(value):
            data[f"{prefix}-{i}-type"] = child.block_type
            data[f"{prefix}-{i}-deleted"] = ""
            data[f"{prefix}-{i}-order"] = str(i)
            data[f"{prefix}-{i}-id"] = child.id or ""
            data.update(_block_post_data(child.block, f"{prefix}-{i}-value", child.value))
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            data.update(_block_post_data(child_block, f"{prefix}-{name}", value[name]))
    elif isinstance(block, blocks.ListBlock):
        data[f"{prefix}-count"] = str(len(value))
        for i, item in enumerate(value):
            data[f"{prefix}-{i}-deleted"] = ""
            data[f"{prefix}-{i}-order"] = str(i)
            data[f"{prefix}-{i}-id"] = ""
            data.update(_block_post_data(block.child_block, f"{prefix}-{i}-value", item))
    else:
        data[prefix] = "" if value is None else str(value)
    return data
