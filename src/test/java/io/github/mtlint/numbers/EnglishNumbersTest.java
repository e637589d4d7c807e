package io.github.mtlint.numbers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EnglishNumbersTest {

    private static final EnglishNumbers NUMBERS = NumberTables.english();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            35,000 people                      | 35,000=CARDINAL 35000
            35 thousand people                 | 35 thousand=CARDINAL 35000
            35k runners                        | 35k=CARDINAL 35000
            60 to 85 billion kWh               | 60=CARDINAL 60000000000; 85 billion=CARDINAL 85000000000
            1.2 billion yuan                   | 1.2 billion=CARDINAL 1200000000
            1.2 trillion yuan                  | 1.2 trillion=CARDINAL 1200000000000
            USD11.16 million                   | 11.16 million=CARDINAL 11160000
            thirty-five cases                  | thirty-five=CARDINAL 35
            Seventy-four years ago             | Seventy-four=CARDINAL 74
            one hundred and twenty people      | one hundred and twenty=CARDINAL 120
            two thousand five hundred          | two thousand five hundred=CARDINAL 2500
            a dozen eggs                       | a dozen=CARDINAL 12
            a million people                   | a million=CARDINAL 1000000
            half of them                       | half=FRACTION 0.5
            a third of the staff               | a third=FRACTION 0.3333333333333333
            two-thirds of voters               | two-thirds=FRACTION 0.6666666666666666
            one and a half months              | one and a half=CARDINAL 1.5
            jailed for 13 and a half years     | 13 and a half=CARDINAL 13.5
            2 and a half million people        | 2 and a half million=CARDINAL 2500000
            30 percent                         | 30 percent=PERCENT 30
            30 per cent                        | 30 per cent=PERCENT 30
            30%                                | 30%=PERCENT 30
            thirty percent                     | thirty percent=PERCENT 30
            the 3rd time                       | 3rd=ORDINAL 3
            the third time                     | third=ORDINAL 3
            a third post                       | third=ORDINAL 3
            cut by a third by 2030             | a third=FRACTION 0.3333333333333333; 2030=YEAR 2030
            a fifth to a quarter               | a fifth=FRACTION 0.2; a quarter=FRACTION 0.25
            the twenty-first century           | twenty-first=ORDINAL 21
            on September 14                    | September=MONTH 9; 14=DAY 14
            on Sept. 14                        | Sept.=MONTH 9; 14=DAY 14
            held in November.                  | November=MONTH 11
            on 14 September                    | 14=DAY 14; September=MONTH 9
            on September 14th                  | September=MONTH 9; 14th=DAY 14
            May 4 and the 4th                  | May=MONTH 5; 4=DAY 4; 4th=ORDINAL 4
            in March, 16 countries             | March=MONTH 3; 16=CARDINAL 16
            May said                           |
            in May 2020                        | May=MONTH 5; 2020=YEAR 2020
            in 2022                            | 2022=YEAR 2022
            the 1980s                          | 1980s=DECADE 1980
            the '80s                           | '80s=DECADE 80
            the post-90s generation            | 90s=DECADE 90
            the eighties                       | eighties=DECADE 80
            it doubled                         | doubled=MULTIPLE 2
            twice as many                      | twice=MULTIPLE 2
            about 3,000 people                 | 3,000=CARDINAL 3000~
            more than 30 people                | 30=CARDINAL 30~
            at 14:40                           | 14=HOUR 14; 40=CARDINAL 40
            a 4-5cm crack                      | 4=CARDINAL 4; 5=CARDINAL 5
            1.5-2L of water and 5GW            | 1.5=CARDINAL 1.5; 2=CARDINAL 2; 5=CARDINAL 5
            5G and A320 and COVID-19           |
            the golden decade                  | decade=CARDINAL 10
            two decades                        | two decades=CARDINAL 20
            both countries                     | both=CARDINAL 2
            3,09 cases                         | 3,09=CARDINAL 309
            a 10-billion-Hong-Kong-dollar fund | 10-billion=CARDINAL 10000000000
            a five-billion-yuan loan           | five-billion=CARDINAL 5000000000
            in the first three quarters        | first=ORDINAL 1; three=CARDINAL 3
            the past two quarters of growth    | two=CARDINAL 2
            the first three quarters of 2023   | first=ORDINAL 1; three=CARDINAL 3; 2023=YEAR 2023
            three quarters of voters agreed    | three quarters=FRACTION 0.75
            about one-thousandth the size      | one-thousandth=FRACTION 0.001~
            two hundredths of the vote         | two hundredths=FRACTION 0.02
            the hundredth anniversary          | hundredth=ORDINAL 100
            three in five respondents agreed   | three in five=FRACTION 0.6
            won 11-9 in 41 minutes             | 11=CARDINAL 11; 9=CARDINAL 9; 41=CARDINAL 41
            scored 3 in 20 minutes             | 3=CARDINAL 3; 20=CARDINAL 20
            nearly one in 10 adults            | one in 10=FRACTION 0.1~
            a 2 in 1 laptop                    | 2=CARDINAL 2; 1=CARDINAL 1
            """)
    void findsEveryNumberWithItsValue(String text, String expected) {
        assertEquals(expected == null ? "" : expected, NumberTables.describe(text, NUMBERS.find(text)));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            35000           | CARDINAL | 35,000
            1200000000000   | CARDINAL | 1.2 trillion
            4176000         | CARDINAL | 4.176 million
            17.5            | PERCENT  | 17.5%
            3               | ORDINAL  | 3rd
            22              | ORDINAL  | 22nd
            13              | ORDINAL  | 13th
            9               | MONTH    | September
            5               | MONTH    | May
            6               | MONTH    | June
            7               | MONTH    | July
            80              | DECADE   | 1980s
            0.3333333333333333 | FRACTION | 1/3
            0.6666666666666666 | FRACTION | 66.7%
            """)
    void rendersValuesAsEnglishNewsWritesThem(double value, NumberKind kind, String expected) {
        assertEquals(expected, NUMBERS.render(new NumberMention(new io.github.mtlint.model.Span(0, 1), kind, value, false)));
    }

    @Test
    void emptyTextHasNoNumbers() {
        assertEquals("", NumberTables.describe("", NUMBERS.find("")));
    }
}
