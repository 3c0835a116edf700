"""ReportLab documents (slip, card, intake form, report) and the print queue."""
