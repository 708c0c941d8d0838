from django import forms

from review.models import Decision, Opinion, PoliticalError


class OpinionForm(forms.ModelForm):
    political_error = forms.ChoiceField(
        label="政治性错误检查（必填）", choices=PoliticalError.choices, widget=forms.RadioSelect
    )

    class Meta:
        model = Opinion
        fields = [
            "ideology_score", "ideology_comment", "science_score", "science_comment",
            "adaptability_score", "adaptability_comment", "political_error",
            "texts_to_replace", "authors_to_replace", "recommendation",
        ]
        widgets = {name: forms.Textarea(attrs={"rows": 3}) for name in (
            "ideology_comment", "science_comment", "adaptability_comment", "texts_to_replace", "authors_to_replace",
        )}


class DeclarationForm(forms.Form):
    no_conflict = forms.TypedChoiceField(
        label="利益冲突声明",
        choices=[("1", "本人与该送审稿不存在利益冲突，承诺客观公正评审"), ("0", "本人与该送审稿存在利益冲突，申请回避")],
        coerce=lambda v: v == "1",
        widget=forms.RadioSelect,
    )
    note = forms.CharField(label="回避说明", required=False, widget=forms.Textarea(attrs={"rows": 2}))


class PoliticalReviewForm(forms.Form):
    passed = forms.TypedChoiceField(
        label="政治把关结论", choices=[("1", "通过"), ("0", "不通过")], coerce=lambda v: v == "1", widget=forms.RadioSelect
    )
    comment = forms.CharField(label="意见", widget=forms.Textarea(attrs={"rows": 3}))


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(label="审核结论", choices=Decision.choices, widget=forms.RadioSelect)
    comment = forms.CharField(label="结论说明", required=False, widget=forms.Textarea(attrs={"rows": 3}))


class DrawForm(forms.Form):
    """R5: no seed field: the seed comes from the system's CSPRNG at draw time. A redraw says why."""

    reason = forms.CharField(label="补抽理由（补抽时必填）", required=False, widget=forms.Textarea(attrs={"rows": 2}))


class ClearForm(forms.Form):
    copy = forms.IntegerField(widget=forms.HiddenInput)
    extra = forms.CharField(label="补充遮盖内容（每行一项）", required=False, widget=forms.Textarea(attrs={"rows": 2}))


class ResponseForm(forms.Form):
    letter = forms.CharField(label="修改说明（逐条回复评审意见，勿署名）", widget=forms.Textarea(attrs={"rows": 8}))


class ChecksForm(forms.Form):
    authors_announced_on = forms.DateField(label="编写人员公示日期（第十三条）", required=False)
    major_topic_reference = forms.CharField(label="重大选题备案文号（第二十一条）", required=False)
    major_topic_filed_on = forms.DateField(label="重大选题备案日期", required=False)


class SelfCheckForm(forms.Form):
    """The publisher's gatekeeping body's 专题自查 (Art. 18); the unit's ChecksForm has no such field."""

    self_check_on = forms.DateField(label="专题自查日期（第十八条）")
    self_check_note = forms.CharField(label="自查结论", widget=forms.Textarea(attrs={"rows": 3}))
