from wagtail import hooks

from review.views import ExpertViewSet


@hooks.register("register_admin_viewset")
def register_expert_pool():
    return ExpertViewSet("experts")
