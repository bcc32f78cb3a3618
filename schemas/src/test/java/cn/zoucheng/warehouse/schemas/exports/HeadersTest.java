package cn.zoucheng.warehouse.schemas.exports;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoucheng.warehouse.schemas.types.Field;
import cn.zoucheng.warehouse.schemas.types.Pii;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadersTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "身份证号码, ID_NUMBER",
    "公民身份号码, ID_NUMBER",
    "证件号码, ID_NUMBER",
    "ID_Number, ID_NUMBER",
    "手机号码, PHONE",
    "联系电话, PHONE",
    "户主联系方式, PHONE",
    "Mobile, PHONE",
    "姓名, NAME",
    "户主姓名, NAME",
    "申请人 , NAME",
    "Full Name, NAME",
  })
  void knowsTheSpellingsOfPersonalInformation(String header, Pii kind) {
    assertThat(Headers.personalMeaning(header)).contains(kind);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"备注", "代办员", "经办人签字", "village_name", "金额（元）", "id"})
  void otherHeadersMeanNothingPersonal(String header) {
    assertThat(Headers.personalMeaning(header)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void everyPersonalFieldOfTheContractIsSpelledAsItsKind() {
    for (RecordSchema s : ExportCatalog.ALL) {
      for (Field f : s.fields()) {
        Optional<Pii> meaning = Headers.personalMeaning(f.chineseHeader());
        if (f.piiKind().isPresent()) {
          assertThat(meaning).as(s.name() + "." + f.name()).isEqualTo(f.piiKind());
        } else {
          assertThat(meaning).as(s.name() + "." + f.name()).isEmpty();
        }
      }
    }
  }
}
