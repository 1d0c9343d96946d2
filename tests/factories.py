"""factory_boy factories: synthetic test data only, never real patient text."""

from __future__ import annotations

import factory
from django.contrib.auth import get_user_model
from django.utils import timezone

from askmed.answers.models import Answer
from askmed.articles.models import Article
from askmed.departments.models import Department
from askmed.doctors.models import Doctor
from askmed.questions.models import Question


def department(slug: str = "family-medicine") -> Department:
    """One of the 26 canonical departments (created by the migration)."""
    return Department.objects.get(slug=slug)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")

    @factory.post_generation
    def password(self, create, extracted, **kwargs):
        """``UserFactory(password="...")``; "test-password" by default."""
        self.set_password(extracted or "test-password")
        if create:
            self.save(update_fields=["password"])


class DoctorFactory(factory.django.DjangoModelFactory):
    """A verified doctor with an account; pass ``departments=[...]`` to place them."""

    class Meta:
        model = Doctor
        skip_postgeneration_save = True

    user = factory.SubFactory(UserFactory)
    display_name = factory.Sequence(lambda n: f"Test Doctor {n}")
    verified = True

    @factory.post_generation
    def departments(self, create, extracted, **kwargs):
        if create:
            self.departments.set(extracted or [department("neurology")])


class QuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Question

    title = factory.Sequence(lambda n: f"Synthetic question number {n} about headaches?")
    body = "I have had a dull headache behind my eyes for three days. What could cause it?"
    pseudonym = "Tester"
    age_band = "30~39"
    sex = "female"
    asked_at = factory.LazyFunction(timezone.now)
    department = factory.LazyFunction(lambda: department("neurology"))
    status = Question.Status.PUBLISHED


class AnswerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Answer

    question = factory.SubFactory(QuestionFactory, status=Question.Status.ANSWERED)
    doctor = factory.SubFactory(DoctorFactory)
    department = factory.LazyAttribute(lambda a: a.question.department)
    body = "Most headaches like this are tension headaches; rest and fluids usually help."
    replied_at = factory.LazyFunction(timezone.now)


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"Synthetic article {n} on tension headaches")
    body = "Tension headaches are common. They often come with stress and poor sleep."
    summary = "Tension headaches are common."
    publisher = "Synthetic Publisher"
    license = "CC BY 4.0"
