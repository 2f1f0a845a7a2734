"""Synthetic but plausible villagers: Lufeng surnames, names with some rare characters, valid ID numbers."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from lufeng_desktop.core.idcard import LUFENG_REGION_CODE, make_id_number

# Common surnames in Lufeng (陈、林、黄、蔡 lead there), weighted roughly by frequency.
SURNAMES: tuple[tuple[str, int], ...] = (
    ("陈", 18), ("林", 12), ("黄", 9), ("蔡", 8), ("郑", 5), ("彭", 4), ("吴", 4), ("李", 4), ("张", 4),
    ("王", 3), ("刘", 3), ("庄", 3), ("卓", 2), ("叶", 2), ("杨", 2), ("钟", 2), ("曾", 2), ("许", 2),
    ("罗", 2), ("余", 1), ("谢", 1), ("周", 1), ("朱", 1), ("马", 1), ("温", 1), ("颜", 1), ("詹", 1),
    ("邱", 1), ("洪", 1), ("戴", 1), ("魏", 1), ("欧阳", 1), ("单", 1), ("区", 1),
)  # fmt: skip
MALE_CHARS = "伟强明华建国志勇军杰文斌振鸿海涛俊辉锦荣炳坤泽楠浩宇子航嘉豪家乐铭俊宏晓东少雄永德培光耀"
FEMALE_CHARS = "丽娟秀英燕玲芳婷慧敏静雪梅美霞琴佳怡欣雅思晴诗涵紫萱丹妮淑贞秋月春桂凤碧婉"
# Characters that break naive systems: outside the BMP (𬱖 𫖯 𬌗) or rare in fonts (䶮 堃 喆 …).
RARE_CHARS = "𬱖𫖯𬌗䶮堃喆赟彧珺燊淼焱昇婧琇璟"
RARE_RATE = 0.004

MOBILE_PREFIXES = ("134", "135", "136", "137", "138", "139", "150", "151", "152", "157", "158", "159", "182", "183",
                   "187", "188", "130", "131", "132", "155", "156", "185", "186", "133", "153", "180", "189", "199")  # fmt: skip


@dataclass
class PersonSeed:
    surname: str
    name: str
    gender: str
    birth_date: date
    id_number: str
    phone: str | None
    relation: str


class PeopleFactory:
    """Makes people with unique, valid ID numbers (order codes counted per birth date and gender)."""

    def __init__(self, rng: random.Random, today: date) -> None:
        self.rng = rng
        self.today = today
        self._surnames = [s for s, _ in SURNAMES]
        self._weights = [w for _, w in SURNAMES]
        self._order: dict[tuple[date, str], int] = {}

    def surname(self) -> str:
        return self.rng.choices(self._surnames, self._weights)[0]

    def given_name(self, gender: str) -> str:
        pool = MALE_CHARS if gender == "男" else FEMALE_CHARS
        length = 2 if self.rng.random() < 0.8 else 1
        chars = [self.rng.choice(pool) for _ in range(length)]
        if self.rng.random() < RARE_RATE:
            chars[-1] = self.rng.choice(RARE_CHARS)
        return "".join(chars)

    def birth_between(self, min_age: int, max_age: int) -> date:
        youngest = self.today - timedelta(days=365 * min_age + min_age // 4 + 1)
        span = (max_age - min_age) * 365
        return youngest - timedelta(days=self.rng.randrange(max(span, 1)))

    def person(self, surname: str, gender: str, birth: date, relation: str) -> PersonSeed:
        key = (birth, gender)
        order = self._order.get(key, 0)
        self._order[key] = order + 1
        id_number = make_id_number(LUFENG_REGION_CODE, birth, order % 500, gender)
        age = (self.today - birth).days // 365
        phone = self.mobile() if 18 <= age <= 75 and self.rng.random() < 0.85 else None
        return PersonSeed(surname, surname + self.given_name(gender), gender, birth, id_number, phone, relation)

    def mobile(self) -> str:
        return self.rng.choice(MOBILE_PREFIXES) + f"{self.rng.randrange(10**8):08d}"

    def household(self) -> list[PersonSeed]:
        """A head, usually a spouse, some children, sometimes an elderly parent."""
        surname = self.surname()
        head_gender = "男" if self.rng.random() < 0.85 else "女"
        head_birth = self.birth_between(25, 78)
        members = [self.person(surname, head_gender, head_birth, "户主")]
        head_age = (self.today - head_birth).days // 365
        if self.rng.random() < 0.85:
            spouse_gender = "女" if head_gender == "男" else "男"
            spouse_birth = head_birth + timedelta(days=self.rng.randrange(-1500, 1500))
            members.append(self.person(self.surname(), spouse_gender, min(spouse_birth, self.today), "配偶"))
        for _ in range(self.rng.choice((0, 1, 1, 2, 2, 2, 3))):
            if head_age < 22:
                break
            gender = self.rng.choice(("男", "女"))
            child_birth = self.birth_between(max(0, head_age - 45), max(1, head_age - 20))
            members.append(self.person(surname, gender, child_birth, "子" if gender == "男" else "女"))
        if head_age < 55 and self.rng.random() < 0.2:
            members.append(self.person(surname, self.rng.choice(("男", "女")), self.birth_between(head_age + 22, 95), "父母"))
        return members
