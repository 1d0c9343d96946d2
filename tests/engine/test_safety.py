"""Safety checks: emergencies (red flags) and personal data, on hand-written cases."""

from __future__ import annotations

import json
import random

import pytest

from askmed_engine.safety import (
    KINDS,
    Masked,
    PersonalData,
    RedFlag,
    check,
    find_personal_data,
    find_red_flags,
    mask_personal_data,
)


def kinds(text: str) -> list[str]:
    return [flag.kind for flag in find_red_flags(text)]


def found(text: str) -> list[tuple[str, str]]:
    return [(item.kind, item.text) for item in find_personal_data(text)]


class TestRedFlagsFire:
    @pytest.mark.parametrize(
        ("text", "kind"),
        [
            # heart_attack
            ("is it normal that I have crushing chest pain right now?", "heart_attack"),
            ("chest pain going down my left arm and I'm sweating a lot", "heart_attack"),
            ("My chest feels tight and the pain spreads to my jaw.", "heart_attack"),
            ("pressure in my chest, short of breath, feel like passing out", "heart_attack"),
            ("i think my dad is having a heart attack!!", "heart_attack"),
            ("chest pian radiating to left arm, clammy", "heart_attack"),
            ("it feels like an elephant is sitting on my chest", "heart_attack"),
            (
                "had a heart attack in 2015 and I think I'm having another heart attack now",
                "heart_attack",
            ),
            # stroke
            ("My mom's face is drooping on one side and her speech is slurred", "stroke"),
            ("my husband suddenly can't move his right arm and leg", "stroke"),
            ("sudden numbness on the left side of my body since this morning", "stroke"),
            ("I have the worst headache of my life, it came on in seconds", "stroke"),
            ("grandpa is talking funny and his smile looks lopsided", "stroke"),
            ("is this a stroke? she can't get her words out", "stroke"),
            ("I had a stroke 3 years ago and now my face is drooping again", "stroke"),
            # breathing
            ("I can't breathe", "breathing"),
            ("cant breath pls help", "breathing"),
            ("My son's lips are turning blue", "breathing"),
            ("she is choking on a grape", "breathing"),
            ("my baby is not breathing", "breathing"),
            ("I'm struggling to breathe and my inhaler isn't helping", "breathing"),
            ("I can't catch my breath even sitting still", "breathing"),
            # suicide_self_harm
            ("I want to die", "suicide_self_harm"),
            ("i just want to end it all", "suicide_self_harm"),
            ("I have been thinking about killing myself", "suicide_self_harm"),
            ("tonight is the night, I have the pills ready", "suicide_self_harm"),
            ("I keep cutting myself and can't stop", "suicide_self_harm"),
            ("My daughter told me she wants to kill herself", "suicide_self_harm"),
            ("I don't want to live anymore", "suicide_self_harm"),
            ("honestly everyone would be better off dead without me", "suicide_self_harm"),
            ("I'm feeling suicidal", "suicide_self_harm"),
            ("I want to end my life", "suicide_self_harm"),
            # overdose_poisoning
            ("my friend took a whole bottle of tylenol", "overdose_poisoning"),
            ("I took too many of my sleeping pills", "overdose_poisoning"),
            ("my toddler swallowed bleach", "overdose_poisoning"),
            ("he overdosed on heroin", "overdose_poisoning"),
            ("I swallowed 30 pills an hour ago", "overdose_poisoning"),
            ("our carbon monoxide alarm went off and we all have headaches", "overdose_poisoning"),
            (
                "my 3 year old got into the medicine cabinet and ate some pills",
                "overdose_poisoning",
            ),
            # severe_bleeding
            ("the cut on my leg won't stop bleeding", "severe_bleeding"),
            ("I'm soaking a pad every hour", "severe_bleeding"),
            ("He is vomiting blood", "severe_bleeding"),
            ("coughing up blood since this morning", "severe_bleeding"),
            ("black tarry stool and I feel dizzy", "severe_bleeding"),
            ("blood is spurting from his arm", "severe_bleeding"),
            # anaphylaxis
            ("my throat is closing up after eating shrimp", "anaphylaxis"),
            ("his tongue is swelling after a bee sting", "anaphylaxis"),
            ("hives all over and trouble breathing after the new antibiotic", "anaphylaxis"),
            ("I think I'm having anaphylaxis", "anaphylaxis"),
            ("ate peanuts and now my lips are swollen and I'm wheezing", "anaphylaxis"),
            # meningitis
            ("stiff neck, high fever and a purple rash on her legs", "meningitis"),
            ("fever and a stiff neck and he is confused", "meningitis"),
            ("the rash doesn't fade when I press a glass on it", "meningitis"),
            ("my baby's soft spot is bulging", "meningitis"),
            # pregnancy_emergency
            ("I'm 20 weeks pregnant and bleeding heavily", "pregnancy_emergency"),
            ("32 weeks pregnant and had a gush of fluid", "pregnancy_emergency"),
            ("pregnant, severe headache and blurry vision", "pregnancy_emergency"),
            ("I'm 34 weeks pregnant and the baby hasn't moved all day", "pregnancy_emergency"),
            ("pregnant with severe abdominal pain on one side", "pregnancy_emergency"),
            # infant_fever
            ("my 6 week old has a fever of 38.2", "infant_fever"),
            ("2 month old baby temp 100.8F", "infant_fever"),
            ("newborn feels hot to the touch, thermometer says 38.5", "infant_fever"),
            ("my baby is limp and won't wake up", "infant_fever"),
            ("the baby seems floppy", "infant_fever"),
            # unconscious_seizure
            ("my husband just collapsed", "unconscious_seizure"),
            ("She is unconscious", "unconscious_seizure"),
            ("my son has been seizing for 10 minutes", "unconscious_seizure"),
            ("my daughter just had her first seizure", "unconscious_seizure"),
            ("he hit his head and passed out", "unconscious_seizure"),
            ("fell off his bike, hit his head and has vomited three times", "unconscious_seizure"),
            ("I can't wake him up", "unconscious_seizure"),
            # severe_burn_injury
            ("my son spilled boiling oil and has a severe burn on his chest", "severe_burn_injury"),
            ("he got an electrical burn from a power line", "severe_burn_injury"),
            ("bone sticking out of his leg after the fall", "severe_burn_injury"),
            ("we were in a major car crash", "severe_burn_injury"),
            ("deep wound on her thigh from a broken window", "severe_burn_injury"),
            ("my son was hit by a car", "severe_burn_injury"),
            ("got splashed with acid in my eyes at work", "severe_burn_injury"),
            # third persons, questions and long messages
            ("my wife has had chest pain for an hour, it goes to her back", "heart_attack"),
            ("why does my chest hurt so much and my left arm is numb right now", "heart_attack"),
            ("my wife is clutching her chest and can't talk", "heart_attack"),
            ("Please help my father is having a stroke right now", "stroke"),
            ("sudden one-sided weakness in my arm", "stroke"),
            ("I'm dizzy and now my face feels droopy on one side", "stroke"),
            ("No, I can't breathe, please help", "breathing"),
            ("asthma attack, inhaler isn't working, can barely breathe", "breathing"),
            ("can't catch breath", "breathing"),
            ("nobody would miss me if I was gone, I want to die", "suicide_self_harm"),
            ("wanting to die every day", "suicide_self_harm"),
            ("sometimes I think about hurting myself", "suicide_self_harm"),
            ("I'm planning to kill myself this weekend", "suicide_self_harm"),
            ("my bf just told me he took 40 of his sleeping pills", "overdose_poisoning"),
            ("my grandma took her whole week of pills at once", "overdose_poisoning"),
            ("we think there's carbon monoxide in the house", "overdose_poisoning"),
            ("my nose has been bleeding for an hour and won't stop", "severe_bleeding"),
            ("hives with breathing trouble after eating shellfish", "anaphylaxis"),
            ("my son is 6, has a stiff neck, fever 39 and is very sleepy", "meningitis"),
            (
                "36 weeks pregnant, I haven't felt the baby kick since yesterday",
                "pregnancy_emergency",
            ),
            ("I'm 28 weeks and my water just broke", "pregnancy_emergency"),
            ("Is it normal that my baby (5 weeks) has a temp of 38.3?", "infant_fever"),
            ("my 7 wk old is 100.6 rectal", "infant_fever"),
            ("my mom fell and hit her head and now she's confused", "unconscious_seizure"),
            ("head injury with repeated vomiting", "unconscious_seizure"),
            ("I had a seizure 10 min ago and never had one before", "unconscious_seizure"),
            ("my grandfather passed out and isn't responding", "unconscious_seizure"),
            ("He says he's fine but he can't breathe", "breathing"),
            ("I think my husband had a heart attack, he's grey and sweating", "heart_attack"),
            ("she's 8 weeks pregnant with sharp pain on one side", "pregnancy_emergency"),
            ("I'm 70 and have sudden trouble speaking, my right hand is weak", "stroke"),
            # quieter and lay descriptions
            (
                "my dad's chest is burning and he's sweating a lot, he has heart disease",
                "heart_attack",
            ),
            ("ache between my shoulder blades, I'm clammy and short of breath", "heart_attack"),
            (
                "his upper stomach hurts, he's sweating buckets and says he's going to die",
                "heart_attack",
            ),
            ("pressure behind my breastbone that won't go away for an hour", "heart_attack"),
            (
                "my wife suddenly can't find the right words and keeps saying the wrong words",
                "stroke",
            ),
            ("his right leg n arm suddenly feel heavy and clumsy", "stroke"),
            ("I lost the sight in my left eye, like a curtain came down", "stroke"),
            ("grandma is dizzy and seeing double since 10 minutes ago", "stroke"),
            ("my 6 month old is breathing fast and grunting, very sleepy", "breathing"),
            ("the skin between her ribs sucks in when she breathes", "breathing"),
            ("oxygen on the pulse oximeter says 86%", "breathing"),
            ("I'm drooling and can't swallow my own saliva", "breathing"),
            ("my sister keeps saying everyone is better off without me", "suicide_self_harm"),
            ("I've been hurting my wrists with a razor blade to cope", "suicide_self_harm"),
            (
                "he has been stockpiling his sleeping pills and sent a goodbye message",
                "suicide_self_harm",
            ),
            ("my 2 year old swallowed some of grandpa's heart pills", "overdose_poisoning"),
            ("I gave my son his insulin twice by mistake", "overdose_poisoning"),
            ("she took 8 of her amlodipine instead of 1", "overdose_poisoning"),
            (
                "we all have headaches and feel dizzy since the kerosene heater went on",
                "overdose_poisoning",
            ),
            (
                "my friend uses fentanyl and he's not responding, breathing very slowly",
                "overdose_poisoning",
            ),
            (
                "the cut on his leg is spurting blood even though I'm pressing on it",
                "severe_bleeding",
            ),
            ("passing lots of blood and clots from my bottom and I feel faint", "severe_bleeding"),
            ("ate shrimp, now red blotches all over and a hoarse voice", "anaphylaxis"),
            (
                "allergic to peanuts, accidentally ate some and my breathing sounds noisy",
                "anaphylaxis",
            ),
            (
                "my 3 year old has a fever and dark red spots on her legs that don't fade",
                "meningitis",
            ),
            ("fever and the lights are too bright, his neck hurts when he bends it", "meningitis"),
            ("I'm 29 weeks and having contractions every 4 minutes", "pregnancy_emergency"),
            (
                "6 weeks pregnant, sharp pain on my left side and I feel faint",
                "pregnancy_emergency",
            ),
            ("delivered 4 days ago and now I have chills and a fever of 39", "pregnancy_emergency"),
            ("my newborn (2 weeks) feels cold and won't feed", "infant_fever"),
            ("she's had two seizures in a row without waking up in between", "unconscious_seizure"),
            ("my grandpa keeps fainting today, 4 times already", "unconscious_seizure"),
            (
                "scalding water spilled on my baby's arm and the skin is peeling",
                "severe_burn_injury",
            ),
            ("motorbike crash, my arm is bent the wrong way", "severe_burn_injury"),
            ("battery acid splashed on my hand at the garage", "severe_burn_injury"),
        ],
    )
    def test_fires(self, text: str, kind: str) -> None:
        assert kind in kinds(text)

    @pytest.mark.parametrize(
        ("text", "kind"),
        [
            ("MY HUSBAND JUST COLLAPSED", "unconscious_seizure"),
            ("i cnt breathe", "breathing"),
            ("I can’t breathe", "breathing"),  # typographic apostrophe
            ("want 2 die tbh", "suicide_self_harm"),
            ("hes havin a heart atack i think", "heart_attack"),
            ("she cant stop the bleeding from her hand", "severe_bleeding"),
        ],
    )
    def test_tolerates_case_sms_and_typos(self, text: str, kind: str) -> None:
        assert kind in kinds(text)


class TestRedFlagsStayQuiet:
    @pytest.mark.parametrize(
        "text",
        [
            # negations
            "no chest pain",
            "I don't have trouble breathing",
            "Patient denies suicidal thoughts.",
            "small scrape without any bleeding",
            "I have no chest pain, no shortness of breath, just a cough",
            "I am not suicidal, just sad about my divorce",
            "I don't want to die, I'm just scared of surgery",
            "She has never had a seizure.",
            # past history
            "I had a heart attack in 2015, what should I eat",
            "had a stroke 3 years ago, can I drink coffee?",
            "history of anaphylaxis to penicillin, is amoxicillin ok?",
            "I tried to kill myself years ago and I'm doing much better now",
            "I used to have seizures as a child",
            # relatives' history
            "my father had a stroke years ago",
            "heart disease runs in my family",
            "my grandmother died of a heart attack, am I at risk?",
            # generic questions
            "what are the warning signs of a stroke?",
            "how is anaphylaxis treated?",
            "is it safe to take two tylenol",
            "What causes meningitis?",
            "what should you do if someone is choking?",
            "How do I know if I'm having a heart attack or just anxiety?",
            "what is the suicide rate in Taiwan",
            # mild versions
            "slight headache since yesterday",
            "minor cut on my finger",
            "mild fever in my 10 year old",
            "coughing up a little blood-streaked phlegm with my cold",
            "I have a small burn from the oven",
            # ordinary questions sharing words
            "bleeding gums when brushing",
            "chest acne that won't go away",
            "I am dying to know if coffee is bad",
            "heartburn after pizza",
            "what is a good stroke rate on the rowing machine",
            "I've been overdosing on netflix lately",
            "this boring job is killing me",
            "my 2 year old has a fever of 38.5 but is playing normally",
            "I can't breathe through my nose because of a cold",
            "my dog is having a seizure",
            "heavy bleeding during my period every month",
            "my 3 year old's fever is 38.9",
            "",
            # more negatives, history and general questions
            "No fever, rash or stiff neck.",
            "I don't have chest pain, sweating or nausea",
            "What is the best diet after a heart attack?",
            "Does chest pain always mean heart attack?",
            "What does anaphylaxis look like?",
            "Should I get the meningitis vaccine before college?",
            "My brother overdosed 5 years ago and I want to learn how to use naloxone",
            "after my stroke I still can't move my right hand well",
            "I have numbness in my left hand for 3 months, is it carpal tunnel?",
            "i'm 45 and want to know my risk of heart attack",
            "I'm 39 weeks pregnant and my water broke, contractions every 5 minutes",
            "My son is 4 months old and has a fever of 38.3",
            "I'm a nurse, how do we treat a patient who can't breathe?",
            # figures of speech and look-alikes
            "my throat is swollen and sore, I have tonsillitis",
            "I want to die my hair purple, is it safe while pregnant?",
            "my friend was choking yesterday but coughed it out and she's fine",
            "he collapsed on the couch after a long day and is watching TV",
            "My period is heavy and I go through a pad every 4 hours",
            "i feel like i'm choking on my words when i talk to people",
            "My friend says I'm going to give her a heart attack with my driving",
            "My husband snores and stops breathing at night",
            "my face feels numb after the dentist",
            "my baby has a stuffy nose and can't breathe well through it at night",
            "I hit my head yesterday, no loss of consciousness, mild headache",
            "I used to self harm as a teenager, the scars itch",
            "my toddler has a fever of 39 and is still playing and eating",
            # ordinary uses of the newer cues, history and generic questions
            "I get nauseous on long car rides and my jaw aches from grinding at night",
            "my upper stomach hurts after fried food, should I try omeprazole?",
            "I sometimes cut my hair with scissors myself, any tips?",
            "I fell off my bike yesterday and scraped my knee, hurts a lot",
            "I keep choking up when I talk about my mum",
            "blue lips from a blue popsicle, it washed off",
            "I overdosed on sleeping pills when I was 19, can it affect my memory now?",
            "I got bad scalds on my legs as a kid and the skin is tight now",
            "what's the survival rate of a stroke at 80?",
            "If my newborn gets a fever, what should I do?",
            "What signs of a clot should I watch for after my flight?",
            "How is meningitis spread between kids?",
            "took my birth control pill twice today by mistake",
        ],
    )
    def test_quiet(self, text: str) -> None:
        assert find_red_flags(text) == []


class TestRedFlagShape:
    def test_fields_evidence_and_guidance(self) -> None:
        (flag,) = find_red_flags("Help, I think I'm having a HEART ATTACK.")
        assert isinstance(flag, RedFlag)
        assert flag.label == "Possible heart attack"
        assert flag.evidence == "HEART ATTACK"
        assert "911 in the US, 119 in Taiwan, 112 in Europe" in flag.guidance
        assert "Do not wait for an online answer." in flag.guidance

    def test_suicide_guidance_names_crisis_lines(self) -> None:
        (flag,) = find_red_flags("i want to kill myself")
        assert "988" in flag.guidance
        assert "1925" in flag.guidance
        assert "your local crisis line" in flag.guidance

    def test_every_kind_has_a_label_and_guidance(self) -> None:
        assert len(KINDS) == 12
        for label, guidance in KINDS.values():
            assert label
            assert "911" in guidance

    def test_frozen(self) -> None:
        (flag,) = find_red_flags("I can't breathe")
        with pytest.raises(AttributeError):
            flag.kind = "stroke"  # type: ignore[misc]

    def test_one_per_kind_in_order_of_position(self) -> None:
        text = (
            "He swallowed a whole bottle of pills. Now he is unconscious. "
            "He is still unconscious and took too many pills."
        )
        assert kinds(text) == ["overdose_poisoning", "unconscious_seizure"]

    def test_buried_in_a_long_message(self) -> None:
        story = "I have had a cough for weeks and my doctor gave me syrup. " * 40
        text = story + "Also my wife just collapsed and is not waking up. " + story
        assert kinds(text) == ["unconscious_seizure"]

    def test_third_person_and_present_cue_after_history(self) -> None:
        text = "My father had a stroke years ago. Today his face is drooping again."
        assert kinds(text) == ["stroke"]


class TestPersonalData:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # names
            ("My name is Chen Mei-ling and I have a cough", [("name", "Chen Mei-ling")]),
            ("Hi, I'm Jessica Park, 34 years old.", [("name", "Jessica Park")]),
            ("Name: John Smith", [("name", "John Smith")]),
            ("Please help.\nThanks, Mary Jones", [("name", "Mary Jones")]),
            ("What should I do?\nRegards,\nDavid", [("name", "David")]),
            ("my son Kevin has a rash", [("name", "Kevin")]),
            ("my wife Lin Hui-wen is pregnant", [("name", "Lin Hui-wen")]),
            ("Mr. Wang, my neighbour, has gout", [("name", "Wang")]),
            ("Dr. Alan Brown told me to rest", [("name", "Alan Brown")]),
            ("my name is kevin and i have a cough", [("name", "kevin")]),
            # e-mail and links
            (
                "write to mary.jones+clinic@gmail.com please",
                [("email", "mary.jones+clinic@gmail.com")],
            ),
            (
                "I read https://www.nhs.uk/conditions/gout/ today",
                [("url", "https://www.nhs.uk/conditions/gout/")],
            ),
            ("see www.example.com.", [("url", "www.example.com")]),
            (
                "mayoclinic.org/diseases-conditions says so",
                [("url", "mayoclinic.org/diseases-conditions")],
            ),
            ("check healthline.com", [("url", "healthline.com")]),
            # phones: Taiwan
            ("call 0912-345-678", [("phone", "0912-345-678")]),
            ("my cell 0912345678", [("phone", "0912345678")]),
            ("+886 912 345 678", [("phone", "+886 912 345 678")]),
            ("office +886-2-2345-6789", [("phone", "+886-2-2345-6789")]),
            ("clinic (02) 2345-6789", [("phone", "(02) 2345-6789")]),
            ("clinic 02-2345-6789", [("phone", "02-2345-6789")]),
            # phones: US, UK
            ("(555) 123-4567", [("phone", "(555) 123-4567")]),
            ("reach me on 555-123-4567", [("phone", "555-123-4567")]),
            ("+1 555 123 4567", [("phone", "+1 555 123 4567")]),
            ("1-800-555-0199 is the line", [("phone", "1-800-555-0199")]),
            ("+44 20 7946 0958", [("phone", "+44 20 7946 0958")]),
            ("call me at 555 123 4567", [("phone", "555 123 4567")]),
            ("tel: 020 7946 0958", [("phone", "020 7946 0958")]),
            # national IDs
            ("my ID is A123456789", [("national_id", "A123456789")]),
            ("F223456789", [("national_id", "F223456789")]),
            ("SSN 123-45-6789", [("national_id", "123-45-6789")]),
            ("passport number E12345678", [("national_id", "E12345678")]),
            ("residence permit no. AC01234567", [("national_id", "AC01234567")]),
            # record numbers
            ("MRN 00482913", [("record_number", "00482913")]),
            ("chart no. 1234567", [("record_number", "1234567")]),
            ("patient ID: P-2023-0042", [("record_number", "P-2023-0042")]),
            ("NHI card 0000 1234 5678", [("record_number", "0000 1234 5678")]),
            ("NHS number 943 476 5919", [("record_number", "943 476 5919")]),
            ("Medicare number 1EG4-TE5-MK73", [("record_number", "1EG4-TE5-MK73")]),
            ("insurance member ID: XJK123456789", [("record_number", "XJK123456789")]),
            # addresses
            (
                "I live at 1234 Elm Street, Apt 5B, Springfield, IL 62704.",
                [("address", "1234 Elm Street, Apt 5B, Springfield, IL 62704")],
            ),
            (
                "No. 5, Lane 12, Section 2, Zhongshan Road, Taipei",
                [("address", "No. 5, Lane 12, Section 2, Zhongshan Road, Taipei")],
            ),
            ("send it to 42 W 5th Street", [("address", "42 W 5th Street")]),
            # dates of birth
            ("I was born on 3 March 1985", [("date_of_birth", "3 March 1985")]),
            ("DOB: 1990/07/15", [("date_of_birth", "1990/07/15")]),
            ("my birthday is 12/04/1978", [("date_of_birth", "12/04/1978")]),
            ("date of birth March 3rd, 1985", [("date_of_birth", "March 3rd, 1985")]),
            ("my baby was born on 2024/01/15 at 36 weeks", [("date_of_birth", "2024/01/15")]),
            ("born on the 4th of July", [("date_of_birth", "4th of July")]),
            # more names, Taiwan formats and labels
            ("Hello doctor, I am Wang Xiaoming from Taichung.", [("name", "Wang Xiaoming")]),
            ("Hi, this is Emily. I have a rash", [("name", "Emily")]),
            ("my mom, Mrs. Huang Li-hua, is 72", [("name", "Huang Li-hua")]),
            ("Thank you,\nLin", [("name", "Lin")]),
            ("電話：0912345678", [("phone", "0912345678")]),
            ("NHI IC card number is 0000 1234 5678", [("record_number", "0000 1234 5678")]),
            ("my national ID A223456789", [("national_id", "A223456789")]),
            (
                "Our clinic is at 3F, No. 88, Sec. 1, Zhongxiao E. Rd., Taipei City 100",
                [("address", "3F, No. 88, Sec. 1, Zhongxiao E. Rd., Taipei City 100")],
            ),
            # newer cues and formats
            ("this is amy lin, call me back", [("name", "amy lin")]),
            ("it's kevin, 0912 345 678", [("name", "kevin"), ("phone", "0912 345 678")]),
            ("Hi all, Peter Wong here.", [("name", "Peter Wong")]),
            ("Patient: Nakamura, Kenji", [("name", "Nakamura, Kenji")]),
            ("Thanks so much!\nHelen Park", [("name", "Helen Park")]),
            ("our son Jonah has a rash", [("name", "Jonah")]),
            ("my aunt is Lim Mei Hua", [("name", "Lim Mei Hua")]),
            ("office line (03) 5551-2345 ext. 21", [("phone", "(03) 5551-2345 ext. 21")]),
            ("call 555.301.7788 tonight", [("phone", "555.301.7788")]),
            ("write to jo.smith at gmail dot com", [("email", "jo.smith at gmail dot com")]),
            ("my page is mysite.me/about", [("url", "mysite.me/about")]),
            ("Aadhaar 1234 5678 9012", [("national_id", "1234 5678 9012")]),
            ("Social Insurance Number 123 456 789", [("national_id", "123 456 789")]),
            ("HKID A123456(3)", [("national_id", "A123456(3)")]),
            ("claim no. 2023-ABC-1234", [("record_number", "2023-ABC-1234")]),
            ("his DOB is 2015-04-09", [("date_of_birth", "2015-04-09")]),
            ("DOB: 4-Jul-1980", [("date_of_birth", "4-Jul-1980")]),
            (
                "I live at 55 Cedar Dr, Dallas, TX 75201",
                [("address", "55 Cedar Dr, Dallas, TX 75201")],
            ),
            (
                "Flat 2, 10 Mill Lane, Leeds LS1 4AB",
                [("address", "Flat 2, 10 Mill Lane, Leeds LS1 4AB")],
            ),
            ("send it to 9 oak st, denver", [("address", "9 oak st, denver")]),
            (
                "No. 3, Lane 5, Zhongshan 2nd Rd., Da'an Dist., Taipei",
                [("address", "No. 3, Lane 5, Zhongshan 2nd Rd., Da'an Dist., Taipei")],
            ),
        ],
    )
    def test_finds(self, text: str, expected: list[tuple[str, str]]) -> None:
        assert found(text) == expected

    @pytest.mark.parametrize(
        "text",
        [
            "I am 45 years old",
            "my 3 year old has a cough",
            "I take 500 mg twice a day",
            "2 tablets twice a day for 3 weeks",
            "A1C 7.2, fasting glucose 130",
            "blood pressure 150/95",
            "platelets 145000, WBC 11.2",
            "hCG 123456 at 6 weeks",
            "symptoms since 2023/05/01",
            "my appointment was on March 3",
            "I am 170 cm and 65 kg, or 5'7\" and 143 lbs",
            "metformin and lisinopril",
            "billed as CPT 99213 and ICD-10 E11.9",
            "I was in room 1203, bed 12",
            "I have Parkinson's disease",
            "she has Graves' disease",
            "my son has Down syndrome",
            "Dr. Google says it is cancer",
            "I'm tired all the time",
            "I am Taiwanese and pregnant",
            "Thanks in advance!",
            "my son has a fever",
            "my insurance covers 2000 dollars",
            "I've been a patient here for 10 years",
            "my heart rate on my phone says 120",
            "born at 32 weeks",
            "e.g. ibuprofen vs. paracetamol",
            "I'm Hispanic.",
            "This is Embarrassing.",
            "I was born in 1985",
            "Blood test on 2024-03-15 showed ferritin 12",
            "My LDL is 160 and HDL 40, TSH 2.5, vitamin D 18 ng/mL",
            "platelet count 250,000 and WBC 7,500",
            "call 911 or 119",
            "my heart rate was 150 and bp 180/110 at 3:45 pm",
            "insurance policy 2023 renewal",
            "I take 1000 IU vitamin D and 81 mg aspirin",
            "The case was 12345 miles away, lol",
            "I'm Muslim and fasting, can I take my insulin?",
            "this is awful, my rash spread",
            "i'm confused, is it the flu?",
            "it's itchy, red and swollen",
            "my number is on file",
            "I live at home with my parents",
        ],
    )
    def test_never_masks_medical_facts(self, text: str) -> None:
        assert found(text) == []

    def test_several_kinds_in_order(self) -> None:
        text = "I'm Amy Chen, DOB 1990/07/15, phone 0912-345-678, email amy@example.com"
        assert [kind for kind, _ in found(text)] == ["name", "date_of_birth", "phone", "email"]

    def test_overlaps_keep_the_longest(self) -> None:
        # The e-mail contains a bare domain; the link contains a domain.
        assert found("amy@mayoclinic.org") == [("email", "amy@mayoclinic.org")]
        assert found("https://mayoclinic.org/x") == [("url", "https://mayoclinic.org/x")]

    def test_spans_point_into_the_text(self) -> None:
        text = "Call me: 0912-345-678."
        (item,) = find_personal_data(text)
        assert isinstance(item, PersonalData)
        assert text[item.start : item.end] == item.text == "0912-345-678"


class TestMask:
    def test_placeholders_and_notices(self) -> None:
        masked = mask_personal_data(
            "My name is John Smith, call 0912-345-678 or john@example.com. MRN 00482913. "
            "Born on 3 March 1985. I live at 12 Baker Street. ID A123456789. "
            "See www.example.com"
        )
        assert isinstance(masked, Masked)
        assert masked.text == (
            "My name is [name], call [phone] or [email]. MRN [record number]. "
            "Born on [date of birth]. I live at [address]. ID [ID number]. See [link]"
        )
        assert masked.notices == [
            "We removed a person's name.",
            "We removed your phone number.",
            "We removed your email address.",
            "We removed a medical record or insurance number.",
            "We removed a date of birth.",
            "We removed your address.",
            "We removed an ID number.",
            "We removed a link.",
        ]

    def test_notice_once_per_kind(self) -> None:
        masked = mask_personal_data("0912-345-678 or 0922-345-678")
        assert masked.text == "[phone] or [phone]"
        assert masked.notices == ["We removed your phone number."]

    def test_nothing_to_mask(self) -> None:
        masked = mask_personal_data("I have had a cough for 3 weeks.")
        assert masked.text == "I have had a cough for 3 weeks."
        assert masked.found == []
        assert masked.notices == []


class TestBadInput:
    def test_empty(self) -> None:
        assert check("") == {"red_flags": [], "personal_data": [], "masked": ""}

    @pytest.mark.parametrize(
        "chunk",
        [
            "a" * 1000 + " ",
            "a.",
            "1",
            "1-",
            "+1 ",
            "No. 1, ",
            "My name is ",
            "Aaa Bbb ",
            "x@",
            "@a.",
            "chest pain ",
            "can't can't ",
            "no no not ",
            "bleeding bleeding ",
            "MRN 0 ",
            "<p>",
        ],
    )
    def test_100_kb_of_repetitive_input_returns(self, chunk: str) -> None:
        text = (chunk * (100_000 // len(chunk) + 1))[:100_000]
        result = check(text)
        assert isinstance(result["masked"], str)

    def test_100_kb_of_mixed_triggers_returns(self) -> None:
        story = (
            "no not chest pain arm sweating can't breathe bleeding won't stop pregnant weeks "
            "38.5 fever baby 3 week old my name is Kevin Mary Dr. Mr. , . ! ? \n 0912-345-678 "
            "+886 MRN 12345678 ID A123456789 born on 3 March 1985 www.x.com a@b.com No. 5 "
            "Lane 12 Road Street Elm Apt stiff neck rash took too many pills whole bottle "
            "years ago now just again history of what are the signs of I had a stroke"
        )
        words = story.split(" ")
        rng = random.Random(7)
        text = " ".join(rng.choice(words) for _ in range(20_000))[:100_000]
        result = check(text)
        assert len(result["red_flags"]) <= len(KINDS)

    def test_non_english_text(self) -> None:
        text = "我最近一直咳嗽，請問要看哪一科？電話 0912-345-678"
        assert find_red_flags(text) == []
        assert mask_personal_data(text).text == "我最近一直咳嗽，請問要看哪一科？電話 [phone]"

    def test_html_markup(self) -> None:
        text = '<p>My husband <b>just collapsed</b>, mail <a href="mailto:a@b.com">me</a></p>'
        result = check(text)
        assert [flag["kind"] for flag in result["red_flags"]] == ["unconscious_seizure"]
        assert "a@b.com" not in result["masked"]


class TestCheck:
    def test_json_shape(self) -> None:
        result = check("I can't breathe. My name is Mary Jones, phone 0912-345-678.")
        assert json.loads(json.dumps(result)) == result
        (flag,) = result["red_flags"]
        assert set(flag) == {"kind", "label", "guidance", "evidence"}
        assert flag["kind"] == "breathing"
        assert flag["evidence"] == "can't breathe"
        assert result["personal_data"] == [
            {"kind": "name", "text": "Mary Jones", "start": 28, "end": 38},
            {"kind": "phone", "text": "0912-345-678", "start": 46, "end": 58},
        ]
        assert result["masked"] == "I can't breathe. My name is [name], phone [phone]."


class TestRedFlagFamilies:
    """Families of phrasings beyond the first ones (synonyms, lay idioms, word order)."""

    @pytest.mark.parametrize(
        ("text", "kind"),
        [
            # heart_attack: adjective first, a band or vice, nitro that does not help
            ("tight chest and an ache down my left arm, I might black out", "heart_attack"),
            ("it's like a vice around my chest and I've gone pale", "heart_attack"),
            ("the GTN spray hasn't helped and the pain in my chest is back", "heart_attack"),
            ("someone is pressing down on my chest and I'm short of breath", "heart_attack"),
            # stroke: abrupt loss of speech, a limb that drops, half the face numb
            ("grandad abruptly lost the ability to talk an hour ago", "stroke"),
            ("her right hand just dropped and she can't grip the fork", "stroke"),
            ("mum's words keep coming out wrong and half her face is numb", "stroke"),
            ("dad's talking nonsense all of a sudden", "stroke"),
            # breathing: short sentences, asthma not relieved, at rest, nostrils, choked
            ("he can't even finish a sentence without stopping for air", "breathing"),
            ("used my reliever ten times, it isn't doing anything and I'm struggling", "breathing"),
            ("so winded just lying in bed, it came on all of a sudden", "breathing"),
            ("our newborn's nostrils are flaring with each breath", "breathing"),
            ("my daughter choked on a peanut and can't make a sound", "breathing"),
            ("out of breath with a stabbing pain when I breathe in, since my flight", "breathing"),
            # suicide_self_harm: passive wishes, the means at hand, plans
            ("honestly I don't see the point in carrying on any more", "suicide_self_harm"),
            (
                "the tablets are counted out next to me and tonight I'll take them",
                "suicide_self_harm",
            ),
            ("no one would notice if I vanished", "suicide_self_harm"),
            ("I've started looking up ways to end my life", "suicide_self_harm"),
            ("I wish I could fall asleep and never wake up", "suicide_self_harm"),
            ("I've been harming myself again to cope", "suicide_self_harm"),
            # overdose_poisoning: a child into the pills, household products, alcohol + pills
            (
                "the twins opened my vitamin gummies and the 2 year old ate about eight",
                "overdose_poisoning",
            ),
            ("my toddler sipped some screenwash from the garage", "overdose_poisoning"),
            (
                "she washed down her sleeping tablets with vodka and we can't wake her",
                "overdose_poisoning",
            ),
            ("I swallowed a packet of paracetamol after the argument", "overdose_poisoning"),
            # severe_bleeding: through dressings, pumping, vomited or passed blood, thinners
            ("the gash on his shin has bled straight through two tea towels", "severe_bleeding"),
            ("my mouth keeps filling with blood since the extraction", "severe_bleeding"),
            ("the wound is pumping and won't slow down", "severe_bleeding"),
            ("I brought up a cupful of dark blood", "severe_bleeding"),
            ("gran's on apixaban and her nose has been bleeding for an hour", "severe_bleeding"),
            ("grandpa's stools are tar-like and he nearly fainted", "severe_bleeding"),
            # meningitis: no fever mentioned but a purple rash or great drowsiness
            ("rigid neck and a spreading rash of purple dots", "meningitis"),
            ("her neck is stiff and she's unusually sleepy and confused", "meningitis"),
            ("I can still see the spots through the tumbler and he has a high temp", "meningitis"),
            # pregnancy_emergency: weeks said another way, preterm tightenings, a rigid belly
            ("she's 35 weeks, her bump is rock hard and she's bleeding", "pregnancy_emergency"),
            (
                "at 27 weeks, tightenings every few minutes and fluid trickling",
                "pregnancy_emergency",
            ),
            ("32 weeks pregnant and my hands and face swelled up overnight", "pregnancy_emergency"),
            # infant_fever: age said another way, a bare reading, floppiness
            ("our son, born two weeks ago, has a temperature of 38.4", "infant_fever"),
            ("my baby is 3 weeks old and is really floppy today", "infant_fever"),
            ("newborn feels hot, the thermometer is at 38.1", "infant_fever"),
        ],
    )
    def test_fires(self, text: str, kind: str) -> None:
        assert kind in kinds(text)

    @pytest.mark.parametrize(
        "text",
        [
            "which jab protects teenagers against meningitis?",
            "can people overdose on vitamin C?",
            "how soon after a wasp sting can anaphylaxis start?",
            "what does the term 'suicide gene' mean in biology?",
            "my heart attack risk calculator result worries me",
            "I was knocked out for my colonoscopy yesterday",
            "do I really need a carbon monoxide detector in a flat with electric heat?",
            "can anxiety feel like a heart attack?",
            "I bled through a pad at school on my heavy day",
            "my nose bleeds a lot in dry weather",
            "I had to stop to catch my breath after the hill sprint",
            "this deadline is suffocating me",
            "I'm thinking about ending things with my girlfriend",
            "my pills are ready for collection at the chemist",
            "my arm went dead after I slept on it",
            "my baby had a fever at 6 weeks and is 1 now, fine",
            "is it safe to fly at 30 weeks pregnant?",
            "my 2 year old has a temp of 38.5 and is playing happily",
        ],
    )
    def test_quiet(self, text: str) -> None:
        assert kinds(text) == []


class TestPersonalDataFamilies:
    @pytest.mark.parametrize(
        ("text", "kind", "value"),
        [
            ("Thanks for reading.\n- Priya", "name", "Priya"),
            ("NAME: TAN WEI LING / AGE 40", "name", "TAN WEI LING"),
            ("Signed, Omar Haddad", "name", "Omar Haddad"),
            ("Physiotherapist Dana Cole told me to rest", "name", "Dana Cole"),
            ("I (Ravi Kumar, 61) have gout", "name", "Ravi Kumar"),
            ("my little girl (Mia, 4) has a rash", "name", "Mia"),
            ("My three kids, Sam and Ella, both have croup", "name", "Ella"),
            ("our neighbour mr. lim fell down", "name", "lim"),
            ("PETER WONG, 70, asks about statins", "name", "PETER WONG"),
            ("lab accession no. 23-HX-55120 came back", "record_number", "23-HX-55120"),
            ("MRN went from 7712345 to 8812346", "record_number", "8812346"),
            ("Member ID# BCBS 4410-2298-07 was rejected", "record_number", "4410-2298-07"),
            ("NHI card (number 0000 1111 2222) is lost", "record_number", "0000 1111 2222"),
            ("my SSN, 321 54 9876, was on the form", "national_id", "321 54 9876"),
            ("my passport (412345678) expired", "national_id", "412345678"),
            ("text me on 0423 456 789 please", "phone", "0423 456 789"),
            ("ring 718 555 0134 any time", "phone", "718 555 0134"),
            ("home line 03 9876 5432", "phone", "03 9876 5432"),
            ("Office (04)2233-4455 #12", "phone", "(04)2233-4455 #12"),
            (
                "send it to 8 Bay St E, Toronto, ON M5J 2R8",
                "address",
                "8 Bay St E, Toronto, ON M5J 2R8",
            ),
            (
                "Unit 2, 14 Pitt Street, Sydney NSW 2000",
                "address",
                "Unit 2, 14 Pitt Street, Sydney NSW 2000",
            ),
            ("deliver to 3 Rue du Bac, 75007 Paris", "address", "3 Rue du Bac, 75007 Paris"),
            (
                "address: no. 8, lane 5, heping rd, daan dist, taipei",
                "address",
                "no. 8, lane 5, heping rd",
            ),
        ],
    )
    def test_finds(self, text: str, kind: str, value: str) -> None:
        assert any(k == kind and value in v for k, v in found(text)), found(text)

    @pytest.mark.parametrize(
        "text",
        [
            "Record of my readings: 132, 140 and 128 this week.",
            "the reference range is 150-400 and my platelets are 92",
            "My mum lives alone, she's 81 and on 5 mg amlodipine.",
            "Ward 7 was kind; bed 12 by the window.",
            "I walk 10000 steps a day and take 1000 IU of vitamin D.",
        ],
    )
    def test_keeps_medical_facts(self, text: str) -> None:
        assert found(text) == []


class TestRoundThreeFamilies:
    """Unseen combinations of the vocabulary pieces of each family, in new wording."""

    @pytest.mark.parametrize(
        ("text", "kind"),
        [
            ("She's battling to get a breath in and her lips have gone a bit grey", "breathing"),
            (
                "he can't get enough air even sitting still, 8 puffs of his inhaler did nothing",
                "breathing",
            ),
            (
                "my son drank some lamp oil from the shed 20 minutes ago and keeps coughing",
                "overdose_poisoning",
            ),
            (
                "gave my toddler her heart pills twice by mistake and now she's very drowsy",
                "overdose_poisoning",
            ),
            (
                "my brother texted me a note saying goodbye and now he won't answer",
                "suicide_self_harm",
            ),
            ("baby is 5 months old with a temp of 39.4, floppy and not feeding", "infant_fever"),
            ("she had one fit and now she's having another one", "unconscious_seizure"),
            ("grandad fell off the ladder and says he can't feel his legs", "severe_burn_injury"),
            (
                "got zapped by a bare wire at work and there's a burn where it went in",
                "severe_burn_injury",
            ),
            ("the cut on his leg is pouring and it won't clot", "severe_bleeding"),
            (
                "3 weeks after giving birth, shivering, fever of 38.8, tummy really tender",
                "pregnancy_emergency",
            ),
        ],
    )
    def test_fires(self, text: str, kind: str) -> None:
        assert kind in {f.kind for f in find_red_flags(text)}

    @pytest.mark.parametrize(
        "text",
        [
            "I can't hold my breath very long when swimming, is that normal?",
            "How do you do CPR on a baby? I want to learn before our newborn arrives.",
            "My 4 month old had a fever last week but she's fine now, when can she go to nursery?",
            "This traffic is choking me lol. Anyway, what's a normal resting heart rate?",
            "His oxygen sits at 89%, which is normal for him with COPD. What target is sensible?",
        ],
    )
    def test_quiet(self, text: str) -> None:
        assert find_red_flags(text) == []

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("Regards, Aoife McCarthy (mother of twins)", "Aoife McCarthy"),
            (
                "Flat 12, 44 Orchard Road, Bristol BS1 5TR; my asthma is worse",
                "Flat 12, 44 Orchard Road, Bristol BS1 5TR",
            ),
            ("DOB: 3rd of May 1990 - on sertraline 50 mg", "3rd of May 1990"),
            ("Born 1990.05.03, BMI 24", "1990.05.03"),
            ("ring me on 0161 496 0000 after 5pm", "0161 496 0000"),
            ("Membership no. BX-7734-221 for the physio claim", "BX-7734-221"),
            ("sent by Ahmed bin Salleh, KL", "Ahmed bin Salleh"),
            (
                "Rm. 3, 7F., No. 12, Sec. 2, Heping Rd., Da'an Dist., Taipei City 106",
                "No. 12, Sec. 2",
            ),
        ],
    )
    def test_personal_shapes(self, text: str, value: str) -> None:
        assert any(value in item.text for item in find_personal_data(text))

    def test_dates_after_a_birth_cue_stop_at_the_clause(self) -> None:
        found = find_personal_data("born: 1983-08-01 (so 40 years old), scan on 2024-02-09")
        assert [p.text for p in found] == ["1983-08-01"]

    def test_phone_stops_before_a_dash_and_a_fact(self) -> None:
        found = find_personal_data("mobile 07700 900111 - 28 weeks pregnant")
        assert [p.text for p in found] == ["07700 900111"]


def test_a_contraction_is_never_a_name():
    from askmed_engine.personal_data import find_personal_data

    found = find_personal_data("Resident certificate: AB12345678 - I'm Japanese, 31, and expecting")
    assert [p.kind for p in found] == ["national_id"]
