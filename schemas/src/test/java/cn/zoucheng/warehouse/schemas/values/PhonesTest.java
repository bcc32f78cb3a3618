package cn.zoucheng.warehouse.schemas.values;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhonesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "13812345678          | 13812345678",
        "138 1234 5678        | 13812345678",
        "138-1234-5678        | 13812345678",
        "+86 138 1234 5678    | 13812345678",
        "0086-138-1234-5678   | 13812345678",
        "8613812345678        | 13812345678",
        "0537-1234567         | 05371234567",
        "(0537)1234567        | 05371234567",
        "（0537）1234567        | 05371234567",
        "０５３７－１２３４５６７     | 05371234567",
        "+86 537 1234567      | 05371234567",
        "010-12345678         | 01012345678",
      })
  void acceptsTheSpellingsTownsUseAndGivesOneCanonicalForm(String written, String canonical) {
    assertThat(Phones.isValid(written)).isTrue();
    assertThat(Phones.canonical(written)).isEqualTo(canonical);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"5212345", "12812345678", "1380537123", "138-0537-12345", "无", "+1 138 1234 5678"})
  void refusesWhatIsNoMainlandNumber(String written) {
    assertThat(Phones.isValid(written)).isFalse();
  }
}
