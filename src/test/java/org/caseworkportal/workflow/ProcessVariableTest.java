package org.caseworkportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ProcessVariableTest {

	private final ProcessVariable<List<Long>> settings = ProcessVariable.ids("consultedSettings");

	@Test
	void idsAreKeptAsAPlainListOfText_andReadBackAsIds() {
		Object stored = settings.write(List.of(12L, 15L));
		assertThat(stored).isExactlyInstanceOf(ArrayList.class).isEqualTo(List.of("12", "15"));
		assertThat(settings.read(stored)).containsExactly(12L, 15L);
	}

	@Test
	void unsetIdsReadAsNone() {
		assertThat(settings.read(null)).isEmpty();
		assertThat(settings.read(new ArrayList<>())).isEmpty();
	}

}
