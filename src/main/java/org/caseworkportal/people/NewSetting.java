package org.caseworkportal.people;

/**
 * An education setting to record, identified by its DfE Unique Reference Number.
 *
 * @param nominatedEmail the address the setting nominated for the portal's notifications, or
 * {@code null}; it is listed so that whoever registers with it joins the setting
 */
public record NewSetting(String urn, String name, Phase phase, String nominatedEmail) {

}
