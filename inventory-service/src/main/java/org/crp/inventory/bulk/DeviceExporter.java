package org.crp.inventory.bulk;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.StreamingOutput;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crp.common.paging.Page;
import org.crp.common.paging.PageRequest;
import org.crp.common.paging.Sort;
import org.crp.inventory.device.DeviceDtos.DeviceView;
import org.crp.inventory.device.DeviceService;
import org.crp.inventory.device.DeviceService.DeviceQuery;
import org.crp.inventory.risk.RiskReason;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Streams the devices matching the list's filters as CSV, page by page, never holding them all. A text cell that a
 * spreadsheet would run as a formula is written after an apostrophe, which the import removes again.
 */
@ApplicationScoped
public class DeviceExporter {

    static final int PAGE = 1000;

    private final DeviceService devices;
    private final EntityManager em;

    DeviceExporter(DeviceService devices, EntityManager em) {
        this.devices = devices;
        this.em = em;
    }

    public StreamingOutput export(DeviceQuery query, Sort<DeviceView> sort) {
        return output -> {
            Map<UUID, String> siteCodes = new HashMap<>();
            Map<UUID, String> zoneCodes = new HashMap<>();
            QuarkusTransaction.requiringNew().run(() -> {
                em.createQuery("select s.id, s.code from Site s", Object[].class).getResultList()
                        .forEach(r -> siteCodes.put((UUID) r[0], (String) r[1]));
                em.createQuery("select z.id, z.code from Zone z", Object[].class).getResultList()
                        .forEach(r -> zoneCodes.put((UUID) r[0], (String) r[1]));
            });
            Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
            try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                    .setHeader(DeviceCsv.EXPORT_COLUMNS.toArray(String[]::new)).get())) {
                String cursor = null;
                do {
                    String after = cursor;
                    Page<DeviceView> page = devices.list(query, sort, PageRequest.of(PAGE, after, false));
                    for (DeviceView d : page.items()) {
                        csv.printRecord(cells(d.serial(), d.assetTag(), d.model(), d.declaredManufacturer(), d.declaredCountry(),
                                d.macAddress(), d.ipAddress(), d.firmwareVersion(), siteCodes.get(d.siteId()),
                                d.zoneId() == null ? null : zoneCodes.get(d.zoneId()), d.supplierId(), d.contractReference(),
                                d.installDate(), d.id(), d.status(), d.riskScore(), d.riskLevel(),
                                String.join(" ", d.riskReasons().stream().map(RiskReason::code).toList()),
                                d.verifiedManufacturer(), d.verifiedCountry(), String.join(" ", d.legalHolds())));
                    }
                    csv.flush();
                    cursor = page.nextCursor();
                } while (cursor != null);
            }
        };
    }

    /**
     * The row's values with every text cell kept from running as a formula ({@link CsvFields#escapeFormula}): all of
     * them, so that no column, read-only or added later, is missed; the ones whose rules rule out such a first
     * character (serial, MAC, IP, codes) are left as they are by it. Ids, numbers, dates and enums are no text.
     */
    private static Object[] cells(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof String text) {
                values[i] = CsvFields.escapeFormula(text);
            }
        }
        return values;
    }
}
