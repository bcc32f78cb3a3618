package cn.zoucheng.warehouse.schemas.values;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoucheng.warehouse.schemas.types.Pii;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskingTest {
  static final String ID = "37088319900101123" + IdNumbers.checkCharacter("37088319900101123");

  @Test
  void masksIdNumbersAndPhonesWhereverTheyStandInText() {
    assertThat(
            Masking.maskLookalikes(
                "申请人身份证" + ID + "，电话+86 138 1234 5678或138-1234-5678，座机(0537)1234567"))
        .isEqualTo(
            "申请人身份证370883********" + ID.substring(14) + "，电话138****5678或138****5678，座机053****4567");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "DB37088300220260800006",
    "370883003001",
    "2026-10-15",
    "1234.50",
    "修路 2 公里，投资 30 万元",
    "V-370883105-2026-10-0007"
  })
  void leavesCodesDatesAndAmountsAlone(String text) {
    assertThat(Masking.maskLookalikes(text)).isEqualTo(text);
  }

  @Test
  void showsAValueMaskedAsTheKindItMayBeOrWithItsLookalikesMasked() {
    assertThat(Masking.forDisplay(Optional.of(Pii.NAME), " 张三丰 ")).isEqualTo("张**");
    assertThat(Masking.forDisplay(Optional.empty(), "联系13812345678")).isEqualTo("联系138****5678");
    assertThat(Masking.forDisplay(Optional.empty(), null)).isNull();
  }
}
