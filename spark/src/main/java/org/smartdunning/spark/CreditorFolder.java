package org.smartdunning.spark;

import java.io.Serializable;

/** One creditor's contract folder as the job found it: the creditor's id and where the folder is (a Hadoop path). */
public record CreditorFolder(String creditor, String location) implements Serializable {
}
