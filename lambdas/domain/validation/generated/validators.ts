// @ts-nocheck
// Written by `npm run schemas` from scripts/validated-schemas.ts with the option set of
// lambdas/domain/validation/ajv.ts; test/unit/validation/generated-validators.test.ts keeps it current.
"use strict";
export const validateFhirResourceChanged = validate21;
const schema6 = {"type":"object","description":"A create, update or delete of one FHIR R4 resource in an upstream system. For a delete, `resource` carries only resourceType, id and optionally meta.","required":["action","resource","occurredAt"],"additionalProperties":false,"properties":{"action":{"type":"string","enum":["create","update","delete"]},"occurredAt":{"type":"string","format":"date-time","description":"When the change happened upstream (ISO 8601 with offset)."},"correlationId":{"type":"string","maxLength":128,"description":"Optional upstream tracking id, echoed in dead-letter entries."},"resource":{"type":"object","required":["resourceType","id"],"description":"The whole R4 resource (validated against the official R4 JSON schema), or for a delete its type and id.","properties":{"resourceType":{"type":"string","enum":["Patient","Appointment","AllergyIntolerance","EpisodeOfCare","Observation","Condition","Procedure","ServiceRequest","Encounter","Immunization","MedicationRequest","Location","Consent"]},"id":{"type":"string","pattern":"^[A-Za-z0-9\\-\\.]{1,64}$"},"meta":{"type":"object","properties":{"versionId":{"type":"string"},"lastUpdated":{"type":"string","format":"date-time"}}}}}}};
const formats0 = require("ajv-formats/dist/formats").fullFormats["date-time"];
const func2 = require("ajv/dist/runtime/ucs2length").default;
const pattern0 = new RegExp("^[A-Za-z0-9\\-\\.]{1,64}$", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.action === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.resource === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "resource"},message:"must have required property '"+"resource"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.occurredAt === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "occurredAt"},message:"must have required property '"+"occurredAt"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "action") || (key0 === "occurredAt")) || (key0 === "correlationId")) || (key0 === "resource"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.action !== undefined){
let data0 = data.action;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/action",schemaPath:"#/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(((data0 === "create") || (data0 === "update")) || (data0 === "delete"))){
const err5 = {instancePath:instancePath+"/action",schemaPath:"#/properties/action/enum",keyword:"enum",params:{allowedValues: schema6.properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.occurredAt !== undefined){
let data1 = data.occurredAt;
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
const err6 = {instancePath:instancePath+"/occurredAt",schemaPath:"#/properties/occurredAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/occurredAt",schemaPath:"#/properties/occurredAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.correlationId !== undefined){
let data2 = data.correlationId;
if(typeof data2 === "string"){
if(func2(data2) > 128){
const err8 = {instancePath:instancePath+"/correlationId",schemaPath:"#/properties/correlationId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/correlationId",schemaPath:"#/properties/correlationId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.resource !== undefined){
let data3 = data.resource;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.resourceType === undefined){
const err10 = {instancePath:instancePath+"/resource",schemaPath:"#/properties/resource/required",keyword:"required",params:{missingProperty: "resourceType"},message:"must have required property '"+"resourceType"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3.id === undefined){
const err11 = {instancePath:instancePath+"/resource",schemaPath:"#/properties/resource/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3.resourceType !== undefined){
let data4 = data3.resourceType;
if(typeof data4 !== "string"){
const err12 = {instancePath:instancePath+"/resource/resourceType",schemaPath:"#/properties/resource/properties/resourceType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(((((((((((((data4 === "Patient") || (data4 === "Appointment")) || (data4 === "AllergyIntolerance")) || (data4 === "EpisodeOfCare")) || (data4 === "Observation")) || (data4 === "Condition")) || (data4 === "Procedure")) || (data4 === "ServiceRequest")) || (data4 === "Encounter")) || (data4 === "Immunization")) || (data4 === "MedicationRequest")) || (data4 === "Location")) || (data4 === "Consent"))){
const err13 = {instancePath:instancePath+"/resource/resourceType",schemaPath:"#/properties/resource/properties/resourceType/enum",keyword:"enum",params:{allowedValues: schema6.properties.resource.properties.resourceType.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data3.id !== undefined){
let data5 = data3.id;
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
const err14 = {instancePath:instancePath+"/resource/id",schemaPath:"#/properties/resource/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9\\-\\.]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9\\-\\.]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/resource/id",schemaPath:"#/properties/resource/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.meta !== undefined){
let data6 = data3.meta;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.versionId !== undefined){
if(typeof data6.versionId !== "string"){
const err16 = {instancePath:instancePath+"/resource/meta/versionId",schemaPath:"#/properties/resource/properties/meta/properties/versionId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data6.lastUpdated !== undefined){
let data8 = data6.lastUpdated;
if(typeof data8 === "string"){
if(!(formats0.validate(data8))){
const err17 = {instancePath:instancePath+"/resource/meta/lastUpdated",schemaPath:"#/properties/resource/properties/meta/properties/lastUpdated/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/resource/meta/lastUpdated",schemaPath:"#/properties/resource/properties/meta/properties/lastUpdated/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/resource/meta",schemaPath:"#/properties/resource/properties/meta/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/resource",schemaPath:"#/properties/resource/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}

export const validatePatientFactsChanged = validate22;
const schema7 = {"type":"object","description":"The projected facts of one patient changed. Carries identifiers only, never PHI.","required":["patientId","changedTypes","changes","occurredAt"],"additionalProperties":false,"properties":{"patientId":{"type":"string","pattern":"^[A-Za-z0-9\\-\\.]{1,64}$"},"changedTypes":{"type":"array","items":{"type":"string","enum":["Patient","Appointment","AllergyIntolerance","EpisodeOfCare","Observation","Condition","Procedure","ServiceRequest","Encounter","Immunization","MedicationRequest","Location","Consent"]}},"changes":{"type":"array","items":{"type":"object","required":["resourceType","resourceId","action"],"additionalProperties":false,"properties":{"resourceType":{"type":"string","enum":["Patient","Appointment","AllergyIntolerance","EpisodeOfCare","Observation","Condition","Procedure","ServiceRequest","Encounter","Immunization","MedicationRequest","Location","Consent"]},"resourceId":{"type":"string","pattern":"^[A-Za-z0-9\\-\\.]{1,64}$"},"action":{"type":"string","enum":["create","update","delete"]},"revision":{"type":"integer","minimum":1,"description":"the revision the platform applied: names the change (and its change record, for %previous)"}}}},"occurredAt":{"type":"string","format":"date-time"}}};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.patientId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "patientId"},message:"must have required property '"+"patientId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.changedTypes === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "changedTypes"},message:"must have required property '"+"changedTypes"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.changes === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "changes"},message:"must have required property '"+"changes"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.occurredAt === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "occurredAt"},message:"must have required property '"+"occurredAt"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "patientId") || (key0 === "changedTypes")) || (key0 === "changes")) || (key0 === "occurredAt"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.patientId !== undefined){
let data0 = data.patientId;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err5 = {instancePath:instancePath+"/patientId",schemaPath:"#/properties/patientId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9\\-\\.]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9\\-\\.]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/patientId",schemaPath:"#/properties/patientId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.changedTypes !== undefined){
let data1 = data.changedTypes;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/changedTypes/" + i0,schemaPath:"#/properties/changedTypes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!(((((((((((((data2 === "Patient") || (data2 === "Appointment")) || (data2 === "AllergyIntolerance")) || (data2 === "EpisodeOfCare")) || (data2 === "Observation")) || (data2 === "Condition")) || (data2 === "Procedure")) || (data2 === "ServiceRequest")) || (data2 === "Encounter")) || (data2 === "Immunization")) || (data2 === "MedicationRequest")) || (data2 === "Location")) || (data2 === "Consent"))){
const err8 = {instancePath:instancePath+"/changedTypes/" + i0,schemaPath:"#/properties/changedTypes/items/enum",keyword:"enum",params:{allowedValues: schema7.properties.changedTypes.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/changedTypes",schemaPath:"#/properties/changedTypes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.changes !== undefined){
let data3 = data.changes;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data4 = data3[i1];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.resourceType === undefined){
const err10 = {instancePath:instancePath+"/changes/" + i1,schemaPath:"#/properties/changes/items/required",keyword:"required",params:{missingProperty: "resourceType"},message:"must have required property '"+"resourceType"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data4.resourceId === undefined){
const err11 = {instancePath:instancePath+"/changes/" + i1,schemaPath:"#/properties/changes/items/required",keyword:"required",params:{missingProperty: "resourceId"},message:"must have required property '"+"resourceId"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data4.action === undefined){
const err12 = {instancePath:instancePath+"/changes/" + i1,schemaPath:"#/properties/changes/items/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data4){
if(!((((key1 === "resourceType") || (key1 === "resourceId")) || (key1 === "action")) || (key1 === "revision"))){
const err13 = {instancePath:instancePath+"/changes/" + i1,schemaPath:"#/properties/changes/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data4.resourceType !== undefined){
let data5 = data4.resourceType;
if(typeof data5 !== "string"){
const err14 = {instancePath:instancePath+"/changes/" + i1+"/resourceType",schemaPath:"#/properties/changes/items/properties/resourceType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!(((((((((((((data5 === "Patient") || (data5 === "Appointment")) || (data5 === "AllergyIntolerance")) || (data5 === "EpisodeOfCare")) || (data5 === "Observation")) || (data5 === "Condition")) || (data5 === "Procedure")) || (data5 === "ServiceRequest")) || (data5 === "Encounter")) || (data5 === "Immunization")) || (data5 === "MedicationRequest")) || (data5 === "Location")) || (data5 === "Consent"))){
const err15 = {instancePath:instancePath+"/changes/" + i1+"/resourceType",schemaPath:"#/properties/changes/items/properties/resourceType/enum",keyword:"enum",params:{allowedValues: schema7.properties.changes.items.properties.resourceType.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data4.resourceId !== undefined){
let data6 = data4.resourceId;
if(typeof data6 === "string"){
if(!pattern0.test(data6)){
const err16 = {instancePath:instancePath+"/changes/" + i1+"/resourceId",schemaPath:"#/properties/changes/items/properties/resourceId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9\\-\\.]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9\\-\\.]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/changes/" + i1+"/resourceId",schemaPath:"#/properties/changes/items/properties/resourceId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data4.action !== undefined){
let data7 = data4.action;
if(typeof data7 !== "string"){
const err18 = {instancePath:instancePath+"/changes/" + i1+"/action",schemaPath:"#/properties/changes/items/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!(((data7 === "create") || (data7 === "update")) || (data7 === "delete"))){
const err19 = {instancePath:instancePath+"/changes/" + i1+"/action",schemaPath:"#/properties/changes/items/properties/action/enum",keyword:"enum",params:{allowedValues: schema7.properties.changes.items.properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data4.revision !== undefined){
let data8 = data4.revision;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err20 = {instancePath:instancePath+"/changes/" + i1+"/revision",schemaPath:"#/properties/changes/items/properties/revision/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 1 || isNaN(data8)){
const err21 = {instancePath:instancePath+"/changes/" + i1+"/revision",schemaPath:"#/properties/changes/items/properties/revision/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
}
else {
const err22 = {instancePath:instancePath+"/changes/" + i1,schemaPath:"#/properties/changes/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/changes",schemaPath:"#/properties/changes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.occurredAt !== undefined){
let data9 = data.occurredAt;
if(typeof data9 === "string"){
if(!(formats0.validate(data9))){
const err24 = {instancePath:instancePath+"/occurredAt",schemaPath:"#/properties/occurredAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/occurredAt",schemaPath:"#/properties/occurredAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}

export const validateSegmentMembershipChanged = validate23;
const schema8 = {"type":"object","description":"One patient entered or left segments, after a change of facts, the passing of time or a segment's activation. Ids only, never PHI; delivered at least once.","required":["patientId","entered","exited","occurredAt"],"additionalProperties":false,"properties":{"patientId":{"type":"string","pattern":"^[A-Za-z0-9\\-\\.]{1,64}$"},"entered":{"type":"array","items":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,63}$"}},"exited":{"type":"array","items":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,63}$"}},"occurredAt":{"type":"string","format":"date-time"}}};
const pattern4 = new RegExp("^[a-z0-9][a-z0-9-]{0,63}$", "u");

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.patientId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "patientId"},message:"must have required property '"+"patientId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.entered === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entered"},message:"must have required property '"+"entered"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.exited === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "exited"},message:"must have required property '"+"exited"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.occurredAt === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "occurredAt"},message:"must have required property '"+"occurredAt"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "patientId") || (key0 === "entered")) || (key0 === "exited")) || (key0 === "occurredAt"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.patientId !== undefined){
let data0 = data.patientId;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err5 = {instancePath:instancePath+"/patientId",schemaPath:"#/properties/patientId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9\\-\\.]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9\\-\\.]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/patientId",schemaPath:"#/properties/patientId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.entered !== undefined){
let data1 = data.entered;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
const err7 = {instancePath:instancePath+"/entered/" + i0,schemaPath:"#/properties/entered/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/entered/" + i0,schemaPath:"#/properties/entered/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/entered",schemaPath:"#/properties/entered/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.exited !== undefined){
let data3 = data.exited;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data4 = data3[i1];
if(typeof data4 === "string"){
if(!pattern4.test(data4)){
const err10 = {instancePath:instancePath+"/exited/" + i1,schemaPath:"#/properties/exited/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/exited/" + i1,schemaPath:"#/properties/exited/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/exited",schemaPath:"#/properties/exited/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.occurredAt !== undefined){
let data5 = data.occurredAt;
if(typeof data5 === "string"){
if(!(formats0.validate(data5))){
const err13 = {instancePath:instancePath+"/occurredAt",schemaPath:"#/properties/occurredAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/occurredAt",schemaPath:"#/properties/occurredAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}

export const validatePatientEngagementRecorded = validate24;
const schema9 = {"type":"object","description":"Something a patient was sent or did (received, opened, clicked, ignored a message; registered for or attended an event) was recorded. Ids only.","required":["patientId","kind","occurredAt"],"additionalProperties":false,"properties":{"patientId":{"type":"string","pattern":"^[A-Za-z0-9\\-\\.]{1,64}$"},"kind":{"type":"string","enum":["received","opened","clicked","ignored","registered","attended"]},"occurredAt":{"type":"string","format":"date-time"},"journeyId":{"type":"string","maxLength":128},"campaignId":{"type":"string","maxLength":128},"templateId":{"type":"string","maxLength":128},"eventId":{"type":"string","maxLength":128}}};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.patientId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "patientId"},message:"must have required property '"+"patientId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.occurredAt === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "occurredAt"},message:"must have required property '"+"occurredAt"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "patientId") || (key0 === "kind")) || (key0 === "occurredAt")) || (key0 === "journeyId")) || (key0 === "campaignId")) || (key0 === "templateId")) || (key0 === "eventId"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.patientId !== undefined){
let data0 = data.patientId;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err4 = {instancePath:instancePath+"/patientId",schemaPath:"#/properties/patientId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9\\-\\.]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9\\-\\.]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/patientId",schemaPath:"#/properties/patientId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!((((((data1 === "received") || (data1 === "opened")) || (data1 === "clicked")) || (data1 === "ignored")) || (data1 === "registered")) || (data1 === "attended"))){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema9.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.occurredAt !== undefined){
let data2 = data.occurredAt;
if(typeof data2 === "string"){
if(!(formats0.validate(data2))){
const err8 = {instancePath:instancePath+"/occurredAt",schemaPath:"#/properties/occurredAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/occurredAt",schemaPath:"#/properties/occurredAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.journeyId !== undefined){
let data3 = data.journeyId;
if(typeof data3 === "string"){
if(func2(data3) > 128){
const err10 = {instancePath:instancePath+"/journeyId",schemaPath:"#/properties/journeyId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/journeyId",schemaPath:"#/properties/journeyId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.campaignId !== undefined){
let data4 = data.campaignId;
if(typeof data4 === "string"){
if(func2(data4) > 128){
const err12 = {instancePath:instancePath+"/campaignId",schemaPath:"#/properties/campaignId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/campaignId",schemaPath:"#/properties/campaignId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.templateId !== undefined){
let data5 = data.templateId;
if(typeof data5 === "string"){
if(func2(data5) > 128){
const err14 = {instancePath:instancePath+"/templateId",schemaPath:"#/properties/templateId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/templateId",schemaPath:"#/properties/templateId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.eventId !== undefined){
let data6 = data.eventId;
if(typeof data6 === "string"){
if(func2(data6) > 128){
const err16 = {instancePath:instancePath+"/eventId",schemaPath:"#/properties/eventId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/eventId",schemaPath:"#/properties/eventId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}

export const validatePatientReplied = validate25;
const schema10 = {"type":"object","description":"A patient answered a message with a configured keyword (e.g. C to confirm). Ids and the keyword only, never the number or the text.","required":["replyId","patientId","keyword","event","occurredAt"],"additionalProperties":false,"properties":{"replyId":{"type":"string","minLength":1,"maxLength":128,"description":"The provider's inbound message id: the same on every redelivery, for consumers to drop duplicates."},"patientId":{"type":"string","pattern":"^[A-Za-z0-9\\-\\.]{1,64}$"},"messageId":{"type":"string","pattern":"^msg-[0-9a-f]{32}$"},"keyword":{"type":"string","pattern":"^[A-Z0-9-]{1,30}$"},"event":{"type":"string","pattern":"^[a-z0-9\\-]{1,64}$"},"occurredAt":{"type":"string","format":"date-time"}}};
const pattern8 = new RegExp("^msg-[0-9a-f]{32}$", "u");
const pattern9 = new RegExp("^[A-Z0-9-]{1,30}$", "u");
const pattern10 = new RegExp("^[a-z0-9\\-]{1,64}$", "u");

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.replyId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "replyId"},message:"must have required property '"+"replyId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.patientId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "patientId"},message:"must have required property '"+"patientId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.keyword === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "keyword"},message:"must have required property '"+"keyword"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.event === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "event"},message:"must have required property '"+"event"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.occurredAt === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "occurredAt"},message:"must have required property '"+"occurredAt"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "replyId") || (key0 === "patientId")) || (key0 === "messageId")) || (key0 === "keyword")) || (key0 === "event")) || (key0 === "occurredAt"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.replyId !== undefined){
let data0 = data.replyId;
if(typeof data0 === "string"){
if(func2(data0) > 128){
const err6 = {instancePath:instancePath+"/replyId",schemaPath:"#/properties/replyId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func2(data0) < 1){
const err7 = {instancePath:instancePath+"/replyId",schemaPath:"#/properties/replyId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/replyId",schemaPath:"#/properties/replyId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.patientId !== undefined){
let data1 = data.patientId;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err9 = {instancePath:instancePath+"/patientId",schemaPath:"#/properties/patientId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9\\-\\.]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9\\-\\.]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/patientId",schemaPath:"#/properties/patientId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.messageId !== undefined){
let data2 = data.messageId;
if(typeof data2 === "string"){
if(!pattern8.test(data2)){
const err11 = {instancePath:instancePath+"/messageId",schemaPath:"#/properties/messageId/pattern",keyword:"pattern",params:{pattern: "^msg-[0-9a-f]{32}$"},message:"must match pattern \""+"^msg-[0-9a-f]{32}$"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/messageId",schemaPath:"#/properties/messageId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.keyword !== undefined){
let data3 = data.keyword;
if(typeof data3 === "string"){
if(!pattern9.test(data3)){
const err13 = {instancePath:instancePath+"/keyword",schemaPath:"#/properties/keyword/pattern",keyword:"pattern",params:{pattern: "^[A-Z0-9-]{1,30}$"},message:"must match pattern \""+"^[A-Z0-9-]{1,30}$"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/keyword",schemaPath:"#/properties/keyword/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.event !== undefined){
let data4 = data.event;
if(typeof data4 === "string"){
if(!pattern10.test(data4)){
const err15 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9\\-]{1,64}$"},message:"must match pattern \""+"^[a-z0-9\\-]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.occurredAt !== undefined){
let data5 = data.occurredAt;
if(typeof data5 === "string"){
if(!(formats0.validate(data5))){
const err17 = {instancePath:instancePath+"/occurredAt",schemaPath:"#/properties/occurredAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/occurredAt",schemaPath:"#/properties/occurredAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}

export const validateSendRequest = validate26;
const schema11 = {"type":"object","description":"Send one message to one patient: the cause names the message (a retry of the same cause never sends twice). Ids only.","required":["patientId","cause","templateId","intent"],"additionalProperties":false,"properties":{"patientId":{"type":"string","pattern":"^[A-Za-z0-9\\-\\.]{1,64}$"},"cause":{"type":"object","required":["kind"],"properties":{"kind":{"type":"string","enum":["journey","campaign","staff"]},"journeyId":{"type":"string","pattern":"^[A-Za-z0-9_\\-\\.:]{1,128}$"},"journeyVersion":{"type":"integer","minimum":1},"executionId":{"type":"string","pattern":"^[A-Za-z0-9_\\-]{1,80}$"},"stepId":{"type":"string","pattern":"^[A-Za-z0-9_\\-\\.:]{1,128}$"},"campaignId":{"type":"string","pattern":"^[A-Za-z0-9_\\-\\.:]{1,128}$"},"requestId":{"type":"string","pattern":"^[A-Za-z0-9_\\-\\.:]{1,128}$"}},"oneOf":[{"properties":{"kind":{"enum":["journey"]}},"required":["journeyId","journeyVersion","executionId","stepId"]},{"properties":{"kind":{"enum":["campaign"]}},"required":["campaignId"]},{"properties":{"kind":{"enum":["staff"]}},"required":["requestId"]}]},"templateId":{"type":"string","pattern":"^[A-Za-z0-9_\\-\\.:]{1,128}$"},"templateVersion":{"type":"integer","minimum":1},"intent":{"type":"object","required":["topic","channels","fallback","quietHours"],"additionalProperties":false,"properties":{"topic":{"type":"string","enum":["appointment-reminders","care-gaps","campaigns","events","results","general"]},"channels":{"type":"array","minItems":1,"maxItems":4,"uniqueItems":true,"items":{"type":"string","enum":["email","sms","push","letter"]},"description":"in order of preference"},"fallback":{"type":"boolean"},"quietHours":{"type":"string","enum":["defer","skip"]}}},"triggeringResource":{"type":"object","required":["resourceType","id"],"additionalProperties":false,"properties":{"resourceType":{"type":"string","pattern":"^[A-Z][A-Za-z]{1,63}$"},"id":{"type":"string","pattern":"^[A-Za-z0-9\\-\\.]{1,64}$"}}}}};
const pattern12 = new RegExp("^[A-Za-z0-9_\\-\\.:]{1,128}$", "u");
const pattern13 = new RegExp("^[A-Za-z0-9_\\-]{1,80}$", "u");
const pattern18 = new RegExp("^[A-Z][A-Za-z]{1,63}$", "u");

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.patientId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "patientId"},message:"must have required property '"+"patientId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.cause === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cause"},message:"must have required property '"+"cause"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.templateId === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "templateId"},message:"must have required property '"+"templateId"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.intent === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "intent"},message:"must have required property '"+"intent"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "patientId") || (key0 === "cause")) || (key0 === "templateId")) || (key0 === "templateVersion")) || (key0 === "intent")) || (key0 === "triggeringResource"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.patientId !== undefined){
let data0 = data.patientId;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err5 = {instancePath:instancePath+"/patientId",schemaPath:"#/properties/patientId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9\\-\\.]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9\\-\\.]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/patientId",schemaPath:"#/properties/patientId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.cause !== undefined){
let data1 = data.cause;
const _errs6 = errors;
let valid1 = false;
let passing0 = null;
const _errs7 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.journeyId === undefined){
const err7 = {instancePath:instancePath+"/cause",schemaPath:"#/properties/cause/oneOf/0/required",keyword:"required",params:{missingProperty: "journeyId"},message:"must have required property '"+"journeyId"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1.journeyVersion === undefined){
const err8 = {instancePath:instancePath+"/cause",schemaPath:"#/properties/cause/oneOf/0/required",keyword:"required",params:{missingProperty: "journeyVersion"},message:"must have required property '"+"journeyVersion"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data1.executionId === undefined){
const err9 = {instancePath:instancePath+"/cause",schemaPath:"#/properties/cause/oneOf/0/required",keyword:"required",params:{missingProperty: "executionId"},message:"must have required property '"+"executionId"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data1.stepId === undefined){
const err10 = {instancePath:instancePath+"/cause",schemaPath:"#/properties/cause/oneOf/0/required",keyword:"required",params:{missingProperty: "stepId"},message:"must have required property '"+"stepId"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data1.kind !== undefined){
if(!(data1.kind === "journey")){
const err11 = {instancePath:instancePath+"/cause/kind",schemaPath:"#/properties/cause/oneOf/0/properties/kind/enum",keyword:"enum",params:{allowedValues: schema11.properties.cause.oneOf[0].properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
var _valid0 = _errs7 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs9 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.campaignId === undefined){
const err12 = {instancePath:instancePath+"/cause",schemaPath:"#/properties/cause/oneOf/1/required",keyword:"required",params:{missingProperty: "campaignId"},message:"must have required property '"+"campaignId"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data1.kind !== undefined){
if(!(data1.kind === "campaign")){
const err13 = {instancePath:instancePath+"/cause/kind",schemaPath:"#/properties/cause/oneOf/1/properties/kind/enum",keyword:"enum",params:{allowedValues: schema11.properties.cause.oneOf[1].properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
var _valid0 = _errs9 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
const _errs11 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.requestId === undefined){
const err14 = {instancePath:instancePath+"/cause",schemaPath:"#/properties/cause/oneOf/2/required",keyword:"required",params:{missingProperty: "requestId"},message:"must have required property '"+"requestId"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data1.kind !== undefined){
if(!(data1.kind === "staff")){
const err15 = {instancePath:instancePath+"/cause/kind",schemaPath:"#/properties/cause/oneOf/2/properties/kind/enum",keyword:"enum",params:{allowedValues: schema11.properties.cause.oneOf[2].properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
var _valid0 = _errs11 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid1 = true;
passing0 = 2;
}
}
}
if(!valid1){
const err16 = {instancePath:instancePath+"/cause",schemaPath:"#/properties/cause/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.kind === undefined){
const err17 = {instancePath:instancePath+"/cause",schemaPath:"#/properties/cause/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data1.kind !== undefined){
let data5 = data1.kind;
if(typeof data5 !== "string"){
const err18 = {instancePath:instancePath+"/cause/kind",schemaPath:"#/properties/cause/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!(((data5 === "journey") || (data5 === "campaign")) || (data5 === "staff"))){
const err19 = {instancePath:instancePath+"/cause/kind",schemaPath:"#/properties/cause/properties/kind/enum",keyword:"enum",params:{allowedValues: schema11.properties.cause.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data1.journeyId !== undefined){
let data6 = data1.journeyId;
if(typeof data6 === "string"){
if(!pattern12.test(data6)){
const err20 = {instancePath:instancePath+"/cause/journeyId",schemaPath:"#/properties/cause/properties/journeyId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_\\-\\.:]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9_\\-\\.:]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/cause/journeyId",schemaPath:"#/properties/cause/properties/journeyId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data1.journeyVersion !== undefined){
let data7 = data1.journeyVersion;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err22 = {instancePath:instancePath+"/cause/journeyVersion",schemaPath:"#/properties/cause/properties/journeyVersion/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 1 || isNaN(data7)){
const err23 = {instancePath:instancePath+"/cause/journeyVersion",schemaPath:"#/properties/cause/properties/journeyVersion/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
if(data1.executionId !== undefined){
let data8 = data1.executionId;
if(typeof data8 === "string"){
if(!pattern13.test(data8)){
const err24 = {instancePath:instancePath+"/cause/executionId",schemaPath:"#/properties/cause/properties/executionId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_\\-]{1,80}$"},message:"must match pattern \""+"^[A-Za-z0-9_\\-]{1,80}$"+"\""};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/cause/executionId",schemaPath:"#/properties/cause/properties/executionId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data1.stepId !== undefined){
let data9 = data1.stepId;
if(typeof data9 === "string"){
if(!pattern12.test(data9)){
const err26 = {instancePath:instancePath+"/cause/stepId",schemaPath:"#/properties/cause/properties/stepId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_\\-\\.:]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9_\\-\\.:]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/cause/stepId",schemaPath:"#/properties/cause/properties/stepId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data1.campaignId !== undefined){
let data10 = data1.campaignId;
if(typeof data10 === "string"){
if(!pattern12.test(data10)){
const err28 = {instancePath:instancePath+"/cause/campaignId",schemaPath:"#/properties/cause/properties/campaignId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_\\-\\.:]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9_\\-\\.:]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/cause/campaignId",schemaPath:"#/properties/cause/properties/campaignId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data1.requestId !== undefined){
let data11 = data1.requestId;
if(typeof data11 === "string"){
if(!pattern12.test(data11)){
const err30 = {instancePath:instancePath+"/cause/requestId",schemaPath:"#/properties/cause/properties/requestId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_\\-\\.:]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9_\\-\\.:]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/cause/requestId",schemaPath:"#/properties/cause/properties/requestId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/cause",schemaPath:"#/properties/cause/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.templateId !== undefined){
let data12 = data.templateId;
if(typeof data12 === "string"){
if(!pattern12.test(data12)){
const err33 = {instancePath:instancePath+"/templateId",schemaPath:"#/properties/templateId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_\\-\\.:]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9_\\-\\.:]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/templateId",schemaPath:"#/properties/templateId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.templateVersion !== undefined){
let data13 = data.templateVersion;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err35 = {instancePath:instancePath+"/templateVersion",schemaPath:"#/properties/templateVersion/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 1 || isNaN(data13)){
const err36 = {instancePath:instancePath+"/templateVersion",schemaPath:"#/properties/templateVersion/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
if(data.intent !== undefined){
let data14 = data.intent;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.topic === undefined){
const err37 = {instancePath:instancePath+"/intent",schemaPath:"#/properties/intent/required",keyword:"required",params:{missingProperty: "topic"},message:"must have required property '"+"topic"+"'"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data14.channels === undefined){
const err38 = {instancePath:instancePath+"/intent",schemaPath:"#/properties/intent/required",keyword:"required",params:{missingProperty: "channels"},message:"must have required property '"+"channels"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data14.fallback === undefined){
const err39 = {instancePath:instancePath+"/intent",schemaPath:"#/properties/intent/required",keyword:"required",params:{missingProperty: "fallback"},message:"must have required property '"+"fallback"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data14.quietHours === undefined){
const err40 = {instancePath:instancePath+"/intent",schemaPath:"#/properties/intent/required",keyword:"required",params:{missingProperty: "quietHours"},message:"must have required property '"+"quietHours"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
for(const key1 in data14){
if(!((((key1 === "topic") || (key1 === "channels")) || (key1 === "fallback")) || (key1 === "quietHours"))){
const err41 = {instancePath:instancePath+"/intent",schemaPath:"#/properties/intent/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data14.topic !== undefined){
let data15 = data14.topic;
if(typeof data15 !== "string"){
const err42 = {instancePath:instancePath+"/intent/topic",schemaPath:"#/properties/intent/properties/topic/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(!((((((data15 === "appointment-reminders") || (data15 === "care-gaps")) || (data15 === "campaigns")) || (data15 === "events")) || (data15 === "results")) || (data15 === "general"))){
const err43 = {instancePath:instancePath+"/intent/topic",schemaPath:"#/properties/intent/properties/topic/enum",keyword:"enum",params:{allowedValues: schema11.properties.intent.properties.topic.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data14.channels !== undefined){
let data16 = data14.channels;
if(Array.isArray(data16)){
if(data16.length > 4){
const err44 = {instancePath:instancePath+"/intent/channels",schemaPath:"#/properties/intent/properties/channels/maxItems",keyword:"maxItems",params:{limit: 4},message:"must NOT have more than 4 items"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data16.length < 1){
const err45 = {instancePath:instancePath+"/intent/channels",schemaPath:"#/properties/intent/properties/channels/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
const len0 = data16.length;
for(let i0=0; i0<len0; i0++){
let data17 = data16[i0];
if(typeof data17 !== "string"){
const err46 = {instancePath:instancePath+"/intent/channels/" + i0,schemaPath:"#/properties/intent/properties/channels/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(!((((data17 === "email") || (data17 === "sms")) || (data17 === "push")) || (data17 === "letter"))){
const err47 = {instancePath:instancePath+"/intent/channels/" + i0,schemaPath:"#/properties/intent/properties/channels/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.intent.properties.channels.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
let i1 = data16.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data16[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err48 = {instancePath:instancePath+"/intent/channels",schemaPath:"#/properties/intent/properties/channels/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err49 = {instancePath:instancePath+"/intent/channels",schemaPath:"#/properties/intent/properties/channels/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data14.fallback !== undefined){
if(typeof data14.fallback !== "boolean"){
const err50 = {instancePath:instancePath+"/intent/fallback",schemaPath:"#/properties/intent/properties/fallback/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data14.quietHours !== undefined){
let data19 = data14.quietHours;
if(typeof data19 !== "string"){
const err51 = {instancePath:instancePath+"/intent/quietHours",schemaPath:"#/properties/intent/properties/quietHours/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(!((data19 === "defer") || (data19 === "skip"))){
const err52 = {instancePath:instancePath+"/intent/quietHours",schemaPath:"#/properties/intent/properties/quietHours/enum",keyword:"enum",params:{allowedValues: schema11.properties.intent.properties.quietHours.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath:instancePath+"/intent",schemaPath:"#/properties/intent/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.triggeringResource !== undefined){
let data20 = data.triggeringResource;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.resourceType === undefined){
const err54 = {instancePath:instancePath+"/triggeringResource",schemaPath:"#/properties/triggeringResource/required",keyword:"required",params:{missingProperty: "resourceType"},message:"must have required property '"+"resourceType"+"'"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(data20.id === undefined){
const err55 = {instancePath:instancePath+"/triggeringResource",schemaPath:"#/properties/triggeringResource/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
for(const key2 in data20){
if(!((key2 === "resourceType") || (key2 === "id"))){
const err56 = {instancePath:instancePath+"/triggeringResource",schemaPath:"#/properties/triggeringResource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data20.resourceType !== undefined){
let data21 = data20.resourceType;
if(typeof data21 === "string"){
if(!pattern18.test(data21)){
const err57 = {instancePath:instancePath+"/triggeringResource/resourceType",schemaPath:"#/properties/triggeringResource/properties/resourceType/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Za-z]{1,63}$"},message:"must match pattern \""+"^[A-Z][A-Za-z]{1,63}$"+"\""};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/triggeringResource/resourceType",schemaPath:"#/properties/triggeringResource/properties/resourceType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data20.id !== undefined){
let data22 = data20.id;
if(typeof data22 === "string"){
if(!pattern0.test(data22)){
const err59 = {instancePath:instancePath+"/triggeringResource/id",schemaPath:"#/properties/triggeringResource/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9\\-\\.]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9\\-\\.]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/triggeringResource/id",schemaPath:"#/properties/triggeringResource/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath:instancePath+"/triggeringResource",schemaPath:"#/properties/triggeringResource/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}

export const validateSesFeedbackEvent = validate27;
const schema12 = {"type":"object","required":["source","detail-type","detail"],"properties":{"source":{"type":"string","enum":["aws.ses"]},"detail-type":{"type":"string","enum":["Email Sent","Email Delivered","Email Bounced","Email Complaint Received","Email Rejected","Email Opened","Email Clicked","Email Rendering Failed","Email Delivery Delayed"]},"time":{"type":"string","format":"date-time"},"detail":{"type":"object","required":["eventType"],"properties":{"eventType":{"type":"string"}},"discriminator":{"propertyName":"eventType"},"oneOf":[{"type":"object","required":["eventType","mail"],"properties":{"eventType":{"type":"string","enum":["Send"]},"mail":{"type":"object","required":["messageId","timestamp"],"properties":{"messageId":{"type":"string","minLength":1},"timestamp":{"type":"string","format":"date-time"},"tags":{"type":"object","additionalProperties":{"type":"array","items":{"type":"string"}}}}}}},{"type":"object","required":["eventType","mail","delivery"],"properties":{"eventType":{"type":"string","enum":["Delivery"]},"mail":{"type":"object","required":["messageId","timestamp"],"properties":{"messageId":{"type":"string","minLength":1},"timestamp":{"type":"string","format":"date-time"},"tags":{"type":"object","additionalProperties":{"type":"array","items":{"type":"string"}}}}},"delivery":{"type":"object","required":["timestamp"],"properties":{"timestamp":{"type":"string","format":"date-time"}}}}},{"type":"object","required":["eventType","mail","bounce"],"properties":{"eventType":{"type":"string","enum":["Bounce"]},"mail":{"type":"object","required":["messageId","timestamp"],"properties":{"messageId":{"type":"string","minLength":1},"timestamp":{"type":"string","format":"date-time"},"tags":{"type":"object","additionalProperties":{"type":"array","items":{"type":"string"}}}}},"bounce":{"type":"object","required":["bounceType","timestamp"],"properties":{"bounceType":{"type":"string","enum":["Permanent","Transient","Undetermined"]},"bounceSubType":{"type":"string"},"timestamp":{"type":"string","format":"date-time"}}}}},{"type":"object","required":["eventType","mail","complaint"],"properties":{"eventType":{"type":"string","enum":["Complaint"]},"mail":{"type":"object","required":["messageId","timestamp"],"properties":{"messageId":{"type":"string","minLength":1},"timestamp":{"type":"string","format":"date-time"},"tags":{"type":"object","additionalProperties":{"type":"array","items":{"type":"string"}}}}},"complaint":{"type":"object","required":["timestamp"],"properties":{"timestamp":{"type":"string","format":"date-time"},"complaintFeedbackType":{"type":"string"}}}}},{"type":"object","required":["eventType","mail","reject"],"properties":{"eventType":{"type":"string","enum":["Reject"]},"mail":{"type":"object","required":["messageId","timestamp"],"properties":{"messageId":{"type":"string","minLength":1},"timestamp":{"type":"string","format":"date-time"},"tags":{"type":"object","additionalProperties":{"type":"array","items":{"type":"string"}}}}},"reject":{"type":"object","required":["reason"],"properties":{"reason":{"type":"string"}}}}},{"type":"object","required":["eventType","mail","open"],"properties":{"eventType":{"type":"string","enum":["Open"]},"mail":{"type":"object","required":["messageId","timestamp"],"properties":{"messageId":{"type":"string","minLength":1},"timestamp":{"type":"string","format":"date-time"},"tags":{"type":"object","additionalProperties":{"type":"array","items":{"type":"string"}}}}},"open":{"type":"object","required":["timestamp"],"properties":{"timestamp":{"type":"string","format":"date-time"}}}}},{"type":"object","required":["eventType","mail","click"],"properties":{"eventType":{"type":"string","enum":["Click"]},"mail":{"type":"object","required":["messageId","timestamp"],"properties":{"messageId":{"type":"string","minLength":1},"timestamp":{"type":"string","format":"date-time"},"tags":{"type":"object","additionalProperties":{"type":"array","items":{"type":"string"}}}}},"click":{"type":"object","required":["timestamp"],"properties":{"timestamp":{"type":"string","format":"date-time"}}}}},{"type":"object","required":["eventType","mail","failure"],"properties":{"eventType":{"type":"string","enum":["Rendering Failure"]},"mail":{"type":"object","required":["messageId","timestamp"],"properties":{"messageId":{"type":"string","minLength":1},"timestamp":{"type":"string","format":"date-time"},"tags":{"type":"object","additionalProperties":{"type":"array","items":{"type":"string"}}}}},"failure":{"type":"object"}}},{"type":"object","required":["eventType","mail","deliveryDelay"],"properties":{"eventType":{"type":"string","enum":["DeliveryDelay"]},"mail":{"type":"object","required":["messageId","timestamp"],"properties":{"messageId":{"type":"string","minLength":1},"timestamp":{"type":"string","format":"date-time"},"tags":{"type":"object","additionalProperties":{"type":"array","items":{"type":"string"}}}}},"deliveryDelay":{"type":"object","required":["timestamp"],"properties":{"timestamp":{"type":"string","format":"date-time"},"delayType":{"type":"string"}}}}}]}}};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.source === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data["detail-type"] === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "detail-type"},message:"must have required property '"+"detail-type"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.detail === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "detail"},message:"must have required property '"+"detail"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.source !== undefined){
let data0 = data.source;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(data0 === "aws.ses")){
const err4 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/enum",keyword:"enum",params:{allowedValues: schema12.properties.source.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data["detail-type"] !== undefined){
let data1 = data["detail-type"];
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/detail-type",schemaPath:"#/properties/detail-type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(((((((((data1 === "Email Sent") || (data1 === "Email Delivered")) || (data1 === "Email Bounced")) || (data1 === "Email Complaint Received")) || (data1 === "Email Rejected")) || (data1 === "Email Opened")) || (data1 === "Email Clicked")) || (data1 === "Email Rendering Failed")) || (data1 === "Email Delivery Delayed"))){
const err6 = {instancePath:instancePath+"/detail-type",schemaPath:"#/properties/detail-type/enum",keyword:"enum",params:{allowedValues: schema12.properties["detail-type"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.time !== undefined){
let data2 = data.time;
if(typeof data2 === "string"){
if(!(formats0.validate(data2))){
const err7 = {instancePath:instancePath+"/time",schemaPath:"#/properties/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/time",schemaPath:"#/properties/time/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.detail !== undefined){
let data3 = data.detail;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.eventType === undefined){
const err9 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/required",keyword:"required",params:{missingProperty: "eventType"},message:"must have required property '"+"eventType"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data3.eventType !== undefined){
if(typeof data3.eventType !== "string"){
const err10 = {instancePath:instancePath+"/detail/eventType",schemaPath:"#/properties/detail/properties/eventType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
const tag0 = data3.eventType;
if(typeof tag0 == "string"){
if(tag0 === "Send"){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.eventType === undefined){
const err11 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/oneOf/0/required",keyword:"required",params:{missingProperty: "eventType"},message:"must have required property '"+"eventType"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3.mail === undefined){
const err12 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/oneOf/0/required",keyword:"required",params:{missingProperty: "mail"},message:"must have required property '"+"mail"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3.eventType !== undefined){
let data5 = data3.eventType;
if(typeof data5 !== "string"){
const err13 = {instancePath:instancePath+"/detail/eventType",schemaPath:"#/properties/detail/oneOf/0/properties/eventType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!(data5 === "Send")){
const err14 = {instancePath:instancePath+"/detail/eventType",schemaPath:"#/properties/detail/oneOf/0/properties/eventType/enum",keyword:"enum",params:{allowedValues: schema12.properties.detail.oneOf[0].properties.eventType.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data3.mail !== undefined){
let data6 = data3.mail;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.messageId === undefined){
const err15 = {instancePath:instancePath+"/detail/mail",schemaPath:"#/properties/detail/oneOf/0/properties/mail/required",keyword:"required",params:{missingProperty: "messageId"},message:"must have required property '"+"messageId"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data6.timestamp === undefined){
const err16 = {instancePath:instancePath+"/detail/mail",schemaPath:"#/properties/detail/oneOf/0/properties/mail/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data6.messageId !== undefined){
let data7 = data6.messageId;
if(typeof data7 === "string"){
if(func2(data7) < 1){
const err17 = {instancePath:instancePath+"/detail/mail/messageId",schemaPath:"#/properties/detail/oneOf/0/properties/mail/properties/messageId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/detail/mail/messageId",schemaPath:"#/properties/detail/oneOf/0/properties/mail/properties/messageId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data6.timestamp !== undefined){
let data8 = data6.timestamp;
if(typeof data8 === "string"){
if(!(formats0.validate(data8))){
const err19 = {instancePath:instancePath+"/detail/mail/timestamp",schemaPath:"#/properties/detail/oneOf/0/properties/mail/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/detail/mail/timestamp",schemaPath:"#/properties/detail/oneOf/0/properties/mail/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data6.tags !== undefined){
let data9 = data6.tags;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key0 in data9){
let data10 = data9[key0];
if(Array.isArray(data10)){
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
if(typeof data10[i0] !== "string"){
const err21 = {instancePath:instancePath+"/detail/mail/tags/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/properties/detail/oneOf/0/properties/mail/properties/tags/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/detail/mail/tags/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/detail/oneOf/0/properties/mail/properties/tags/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/detail/mail/tags",schemaPath:"#/properties/detail/oneOf/0/properties/mail/properties/tags/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/detail/mail",schemaPath:"#/properties/detail/oneOf/0/properties/mail/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else if(tag0 === "Delivery"){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.eventType === undefined){
const err26 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/oneOf/1/required",keyword:"required",params:{missingProperty: "eventType"},message:"must have required property '"+"eventType"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data3.mail === undefined){
const err27 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/oneOf/1/required",keyword:"required",params:{missingProperty: "mail"},message:"must have required property '"+"mail"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data3.delivery === undefined){
const err28 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/oneOf/1/required",keyword:"required",params:{missingProperty: "delivery"},message:"must have required property '"+"delivery"+"'"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data3.eventType !== undefined){
let data12 = data3.eventType;
if(typeof data12 !== "string"){
const err29 = {instancePath:instancePath+"/detail/eventType",schemaPath:"#/properties/detail/oneOf/1/properties/eventType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!(data12 === "Delivery")){
const err30 = {instancePath:instancePath+"/detail/eventType",schemaPath:"#/properties/detail/oneOf/1/properties/eventType/enum",keyword:"enum",params:{allowedValues: schema12.properties.detail.oneOf[1].properties.eventType.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data3.mail !== undefined){
let data13 = data3.mail;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.messageId === undefined){
const err31 = {instancePath:instancePath+"/detail/mail",schemaPath:"#/properties/detail/oneOf/1/properties/mail/required",keyword:"required",params:{missingProperty: "messageId"},message:"must have required property '"+"messageId"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data13.timestamp === undefined){
const err32 = {instancePath:instancePath+"/detail/mail",schemaPath:"#/properties/detail/oneOf/1/properties/mail/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data13.messageId !== undefined){
let data14 = data13.messageId;
if(typeof data14 === "string"){
if(func2(data14) < 1){
const err33 = {instancePath:instancePath+"/detail/mail/messageId",schemaPath:"#/properties/detail/oneOf/1/properties/mail/properties/messageId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/detail/mail/messageId",schemaPath:"#/properties/detail/oneOf/1/properties/mail/properties/messageId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data13.timestamp !== undefined){
let data15 = data13.timestamp;
if(typeof data15 === "string"){
if(!(formats0.validate(data15))){
const err35 = {instancePath:instancePath+"/detail/mail/timestamp",schemaPath:"#/properties/detail/oneOf/1/properties/mail/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/detail/mail/timestamp",schemaPath:"#/properties/detail/oneOf/1/properties/mail/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data13.tags !== undefined){
let data16 = data13.tags;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
for(const key1 in data16){
let data17 = data16[key1];
if(Array.isArray(data17)){
const len1 = data17.length;
for(let i1=0; i1<len1; i1++){
if(typeof data17[i1] !== "string"){
const err37 = {instancePath:instancePath+"/detail/mail/tags/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i1,schemaPath:"#/properties/detail/oneOf/1/properties/mail/properties/tags/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/detail/mail/tags/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/detail/oneOf/1/properties/mail/properties/tags/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/detail/mail/tags",schemaPath:"#/properties/detail/oneOf/1/properties/mail/properties/tags/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/detail/mail",schemaPath:"#/properties/detail/oneOf/1/properties/mail/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data3.delivery !== undefined){
let data19 = data3.delivery;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.timestamp === undefined){
const err41 = {instancePath:instancePath+"/detail/delivery",schemaPath:"#/properties/detail/oneOf/1/properties/delivery/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data19.timestamp !== undefined){
let data20 = data19.timestamp;
if(typeof data20 === "string"){
if(!(formats0.validate(data20))){
const err42 = {instancePath:instancePath+"/detail/delivery/timestamp",schemaPath:"#/properties/detail/oneOf/1/properties/delivery/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/detail/delivery/timestamp",schemaPath:"#/properties/detail/oneOf/1/properties/delivery/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/detail/delivery",schemaPath:"#/properties/detail/oneOf/1/properties/delivery/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else if(tag0 === "Bounce"){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.eventType === undefined){
const err46 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/oneOf/2/required",keyword:"required",params:{missingProperty: "eventType"},message:"must have required property '"+"eventType"+"'"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data3.mail === undefined){
const err47 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/oneOf/2/required",keyword:"required",params:{missingProperty: "mail"},message:"must have required property '"+"mail"+"'"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data3.bounce === undefined){
const err48 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/oneOf/2/required",keyword:"required",params:{missingProperty: "bounce"},message:"must have required property '"+"bounce"+"'"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data3.eventType !== undefined){
let data21 = data3.eventType;
if(typeof data21 !== "string"){
const err49 = {instancePath:instancePath+"/detail/eventType",schemaPath:"#/properties/detail/oneOf/2/properties/eventType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(!(data21 === "Bounce")){
const err50 = {instancePath:instancePath+"/detail/eventType",schemaPath:"#/properties/detail/oneOf/2/properties/eventType/enum",keyword:"enum",params:{allowedValues: schema12.properties.detail.oneOf[2].properties.eventType.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data3.mail !== undefined){
let data22 = data3.mail;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.messageId === undefined){
const err51 = {instancePath:instancePath+"/detail/mail",schemaPath:"#/properties/detail/oneOf/2/properties/mail/required",keyword:"required",params:{missingProperty: "messageId"},message:"must have required property '"+"messageId"+"'"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data22.timestamp === undefined){
const err52 = {instancePath:instancePath+"/detail/mail",schemaPath:"#/properties/detail/oneOf/2/properties/mail/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data22.messageId !== undefined){
let data23 = data22.messageId;
if(typeof data23 === "string"){
if(func2(data23) < 1){
const err53 = {instancePath:instancePath+"/detail/mail/messageId",schemaPath:"#/properties/detail/oneOf/2/properties/mail/properties/messageId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/detail/mail/messageId",schemaPath:"#/properties/detail/oneOf/2/properties/mail/properties/messageId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data22.timestamp !== undefined){
let data24 = data22.timestamp;
if(typeof data24 === "string"){
if(!(formats0.validate(data24))){
const err55 = {instancePath:instancePath+"/detail/mail/timestamp",schemaPath:"#/properties/detail/oneOf/2/properties/mail/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/detail/mail/timestamp",schemaPath:"#/properties/detail/oneOf/2/properties/mail/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data22.tags !== undefined){
let data25 = data22.tags;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
for(const key2 in data25){
let data26 = data25[key2];
if(Array.isArray(data26)){
const len2 = data26.length;
for(let i2=0; i2<len2; i2++){
if(typeof data26[i2] !== "string"){
const err57 = {instancePath:instancePath+"/detail/mail/tags/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i2,schemaPath:"#/properties/detail/oneOf/2/properties/mail/properties/tags/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/detail/mail/tags/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/detail/oneOf/2/properties/mail/properties/tags/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/detail/mail/tags",schemaPath:"#/properties/detail/oneOf/2/properties/mail/properties/tags/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath:instancePath+"/detail/mail",schemaPath:"#/properties/detail/oneOf/2/properties/mail/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data3.bounce !== undefined){
let data28 = data3.bounce;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
if(data28.bounceType === undefined){
const err61 = {instancePath:instancePath+"/detail/bounce",schemaPath:"#/properties/detail/oneOf/2/properties/bounce/required",keyword:"required",params:{missingProperty: "bounceType"},message:"must have required property '"+"bounceType"+"'"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data28.timestamp === undefined){
const err62 = {instancePath:instancePath+"/detail/bounce",schemaPath:"#/properties/detail/oneOf/2/properties/bounce/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data28.bounceType !== undefined){
let data29 = data28.bounceType;
if(typeof data29 !== "string"){
const err63 = {instancePath:instancePath+"/detail/bounce/bounceType",schemaPath:"#/properties/detail/oneOf/2/properties/bounce/properties/bounceType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(!(((data29 === "Permanent") || (data29 === "Transient")) || (data29 === "Undetermined"))){
const err64 = {instancePath:instancePath+"/detail/bounce/bounceType",schemaPath:"#/properties/detail/oneOf/2/properties/bounce/properties/bounceType/enum",keyword:"enum",params:{allowedValues: schema12.properties.detail.oneOf[2].properties.bounce.properties.bounceType.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data28.bounceSubType !== undefined){
if(typeof data28.bounceSubType !== "string"){
const err65 = {instancePath:instancePath+"/detail/bounce/bounceSubType",schemaPath:"#/properties/detail/oneOf/2/properties/bounce/properties/bounceSubType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data28.timestamp !== undefined){
let data31 = data28.timestamp;
if(typeof data31 === "string"){
if(!(formats0.validate(data31))){
const err66 = {instancePath:instancePath+"/detail/bounce/timestamp",schemaPath:"#/properties/detail/oneOf/2/properties/bounce/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
else {
const err67 = {instancePath:instancePath+"/detail/bounce/timestamp",schemaPath:"#/properties/detail/oneOf/2/properties/bounce/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
else {
const err68 = {instancePath:instancePath+"/detail/bounce",schemaPath:"#/properties/detail/oneOf/2/properties/bounce/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
else {
const err69 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
else if(tag0 === "Complaint"){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.eventType === undefined){
const err70 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/oneOf/3/required",keyword:"required",params:{missingProperty: "eventType"},message:"must have required property '"+"eventType"+"'"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data3.mail === undefined){
const err71 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/oneOf/3/required",keyword:"required",params:{missingProperty: "mail"},message:"must have required property '"+"mail"+"'"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data3.complaint === undefined){
const err72 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/oneOf/3/required",keyword:"required",params:{missingProperty: "complaint"},message:"must have required property '"+"complaint"+"'"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(data3.eventType !== undefined){
let data32 = data3.eventType;
if(typeof data32 !== "string"){
const err73 = {instancePath:instancePath+"/detail/eventType",schemaPath:"#/properties/detail/oneOf/3/properties/eventType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(!(data32 === "Complaint")){
const err74 = {instancePath:instancePath+"/detail/eventType",schemaPath:"#/properties/detail/oneOf/3/properties/eventType/enum",keyword:"enum",params:{allowedValues: schema12.properties.detail.oneOf[3].properties.eventType.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data3.mail !== undefined){
let data33 = data3.mail;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.messageId === undefined){
const err75 = {instancePath:instancePath+"/detail/mail",schemaPath:"#/properties/detail/oneOf/3/properties/mail/required",keyword:"required",params:{missingProperty: "messageId"},message:"must have required property '"+"messageId"+"'"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(data33.timestamp === undefined){
const err76 = {instancePath:instancePath+"/detail/mail",schemaPath:"#/properties/detail/oneOf/3/properties/mail/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(data33.messageId !== undefined){
let data34 = data33.messageId;
if(typeof data34 === "string"){
if(func2(data34) < 1){
const err77 = {instancePath:instancePath+"/detail/mail/messageId",schemaPath:"#/properties/detail/oneOf/3/properties/mail/properties/messageId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
else {
const err78 = {instancePath:instancePath+"/detail/mail/messageId",schemaPath:"#/properties/detail/oneOf/3/properties/mail/properties/messageId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data33.timestamp !== undefined){
let data35 = data33.timestamp;
if(typeof data35 === "string"){
if(!(formats0.validate(data35))){
const err79 = {instancePath:instancePath+"/detail/mail/timestamp",schemaPath:"#/properties/detail/oneOf/3/properties/mail/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/detail/mail/timestamp",schemaPath:"#/properties/detail/oneOf/3/properties/mail/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data33.tags !== undefined){
let data36 = data33.tags;
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
for(const key3 in data36){
let data37 = data36[key3];
if(Array.isArray(data37)){
const len3 = data37.length;
for(let i3=0; i3<len3; i3++){
if(typeof data37[i3] !== "string"){
const err81 = {instancePath:instancePath+"/detail/mail/tags/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3,schemaPath:"#/properties/detail/oneOf/3/properties/mail/properties/tags/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
else {
const err82 = {instancePath:instancePath+"/detail/mail/tags/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/detail/oneOf/3/properties/mail/properties/tags/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
else {
const err83 = {instancePath:instancePath+"/detail/mail/tags",schemaPath:"#/properties/detail/oneOf/3/properties/mail/properties/tags/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
else {
const err84 = {instancePath:instancePath+"/detail/mail",schemaPath:"#/properties/detail/oneOf/3/properties/mail/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data3.complaint !== undefined){
let data39 = data3.complaint;
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(data39.timestamp === undefined){
const err85 = {instancePath:instancePath+"/detail/complaint",schemaPath:"#/properties/detail/oneOf/3/properties/complaint/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(data39.timestamp !== undefined){
let data40 = data39.timestamp;
if(typeof data40 === "string"){
if(!(formats0.validate(data40))){
const err86 = {instancePath:instancePath+"/detail/complaint/timestamp",schemaPath:"#/properties/detail/oneOf/3/properties/complaint/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
else {
const err87 = {instancePath:instancePath+"/detail/complaint/timestamp",schemaPath:"#/properties/detail/oneOf/3/properties/complaint/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data39.complaintFeedbackType !== undefined){
if(typeof data39.complaintFeedbackType !== "string"){
const err88 = {instancePath:instancePath+"/detail/complaint/complaintFeedbackType",schemaPath:"#/properties/detail/oneOf/3/properties/complaint/properties/complaintFeedbackType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
else {
const err89 = {instancePath:instancePath+"/detail/complaint",schemaPath:"#/properties/detail/oneOf/3/properties/complaint/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
}
else {
const err90 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
else if(tag0 === "Reject"){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.eventType === undefined){
const err91 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/oneOf/4/required",keyword:"required",params:{missingProperty: "eventType"},message:"must have required property '"+"eventType"+"'"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(data3.mail === undefined){
const err92 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/oneOf/4/required",keyword:"required",params:{missingProperty: "mail"},message:"must have required property '"+"mail"+"'"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if(data3.reject === undefined){
const err93 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/oneOf/4/required",keyword:"required",params:{missingProperty: "reject"},message:"must have required property '"+"reject"+"'"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if(data3.eventType !== undefined){
let data42 = data3.eventType;
if(typeof data42 !== "string"){
const err94 = {instancePath:instancePath+"/detail/eventType",schemaPath:"#/properties/detail/oneOf/4/properties/eventType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(!(data42 === "Reject")){
const err95 = {instancePath:instancePath+"/detail/eventType",schemaPath:"#/properties/detail/oneOf/4/properties/eventType/enum",keyword:"enum",params:{allowedValues: schema12.properties.detail.oneOf[4].properties.eventType.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data3.mail !== undefined){
let data43 = data3.mail;
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
if(data43.messageId === undefined){
const err96 = {instancePath:instancePath+"/detail/mail",schemaPath:"#/properties/detail/oneOf/4/properties/mail/required",keyword:"required",params:{missingProperty: "messageId"},message:"must have required property '"+"messageId"+"'"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if(data43.timestamp === undefined){
const err97 = {instancePath:instancePath+"/detail/mail",schemaPath:"#/properties/detail/oneOf/4/properties/mail/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(data43.messageId !== undefined){
let data44 = data43.messageId;
if(typeof data44 === "string"){
if(func2(data44) < 1){
const err98 = {instancePath:instancePath+"/detail/mail/messageId",schemaPath:"#/properties/detail/oneOf/4/properties/mail/properties/messageId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
else {
const err99 = {instancePath:instancePath+"/detail/mail/messageId",schemaPath:"#/properties/detail/oneOf/4/properties/mail/properties/messageId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data43.timestamp !== undefined){
let data45 = data43.timestamp;
if(typeof data45 === "string"){
if(!(formats0.validate(data45))){
const err100 = {instancePath:instancePath+"/detail/mail/timestamp",schemaPath:"#/properties/detail/oneOf/4/properties/mail/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
else {
const err101 = {instancePath:instancePath+"/detail/mail/timestamp",schemaPath:"#/properties/detail/oneOf/4/properties/mail/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data43.tags !== undefined){
let data46 = data43.tags;
if(data46 && typeof data46 == "object" && !Array.isArray(data46)){
for(const key4 in data46){
let data47 = data46[key4];
if(Array.isArray(data47)){
const len4 = data47.length;
for(let i4=0; i4<len4; i4++){
if(typeof data47[i4] !== "string"){
const err102 = {instancePath:instancePath+"/detail/mail/tags/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i4,schemaPath:"#/properties/detail/oneOf/4/properties/mail/properties/tags/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
}
else {
const err103 = {instancePath:instancePath+"/detail/mail/tags/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/detail/oneOf/4/properties/mail/properties/tags/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
}
else {
const err104 = {instancePath:instancePath+"/detail/mail/tags",schemaPath:"#/properties/detail/oneOf/4/properties/mail/properties/tags/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
}
else {
const err105 = {instancePath:instancePath+"/detail/mail",schemaPath:"#/properties/detail/oneOf/4/properties/mail/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data3.reject !== undefined){
let data49 = data3.reject;
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
if(data49.reason === undefined){
const err106 = {instancePath:instancePath+"/detail/reject",schemaPath:"#/properties/detail/oneOf/4/properties/reject/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if(data49.reason !== undefined){
if(typeof data49.reason !== "string"){
const err107 = {instancePath:instancePath+"/detail/reject/reason",schemaPath:"#/properties/detail/oneOf/4/properties/reject/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
else {
const err108 = {instancePath:instancePath+"/detail/reject",schemaPath:"#/properties/detail/oneOf/4/properties/reject/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
}
else {
const err109 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/oneOf/4/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
else if(tag0 === "Open"){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.eventType === undefined){
const err110 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/oneOf/5/required",keyword:"required",params:{missingProperty: "eventType"},message:"must have required property '"+"eventType"+"'"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
if(data3.mail === undefined){
const err111 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/oneOf/5/required",keyword:"required",params:{missingProperty: "mail"},message:"must have required property '"+"mail"+"'"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
if(data3.open === undefined){
const err112 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/oneOf/5/required",keyword:"required",params:{missingProperty: "open"},message:"must have required property '"+"open"+"'"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if(data3.eventType !== undefined){
let data51 = data3.eventType;
if(typeof data51 !== "string"){
const err113 = {instancePath:instancePath+"/detail/eventType",schemaPath:"#/properties/detail/oneOf/5/properties/eventType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
if(!(data51 === "Open")){
const err114 = {instancePath:instancePath+"/detail/eventType",schemaPath:"#/properties/detail/oneOf/5/properties/eventType/enum",keyword:"enum",params:{allowedValues: schema12.properties.detail.oneOf[5].properties.eventType.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data3.mail !== undefined){
let data52 = data3.mail;
if(data52 && typeof data52 == "object" && !Array.isArray(data52)){
if(data52.messageId === undefined){
const err115 = {instancePath:instancePath+"/detail/mail",schemaPath:"#/properties/detail/oneOf/5/properties/mail/required",keyword:"required",params:{missingProperty: "messageId"},message:"must have required property '"+"messageId"+"'"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
if(data52.timestamp === undefined){
const err116 = {instancePath:instancePath+"/detail/mail",schemaPath:"#/properties/detail/oneOf/5/properties/mail/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
if(data52.messageId !== undefined){
let data53 = data52.messageId;
if(typeof data53 === "string"){
if(func2(data53) < 1){
const err117 = {instancePath:instancePath+"/detail/mail/messageId",schemaPath:"#/properties/detail/oneOf/5/properties/mail/properties/messageId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
else {
const err118 = {instancePath:instancePath+"/detail/mail/messageId",schemaPath:"#/properties/detail/oneOf/5/properties/mail/properties/messageId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data52.timestamp !== undefined){
let data54 = data52.timestamp;
if(typeof data54 === "string"){
if(!(formats0.validate(data54))){
const err119 = {instancePath:instancePath+"/detail/mail/timestamp",schemaPath:"#/properties/detail/oneOf/5/properties/mail/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
else {
const err120 = {instancePath:instancePath+"/detail/mail/timestamp",schemaPath:"#/properties/detail/oneOf/5/properties/mail/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data52.tags !== undefined){
let data55 = data52.tags;
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
for(const key5 in data55){
let data56 = data55[key5];
if(Array.isArray(data56)){
const len5 = data56.length;
for(let i5=0; i5<len5; i5++){
if(typeof data56[i5] !== "string"){
const err121 = {instancePath:instancePath+"/detail/mail/tags/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i5,schemaPath:"#/properties/detail/oneOf/5/properties/mail/properties/tags/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
}
else {
const err122 = {instancePath:instancePath+"/detail/mail/tags/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/detail/oneOf/5/properties/mail/properties/tags/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
}
else {
const err123 = {instancePath:instancePath+"/detail/mail/tags",schemaPath:"#/properties/detail/oneOf/5/properties/mail/properties/tags/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
}
else {
const err124 = {instancePath:instancePath+"/detail/mail",schemaPath:"#/properties/detail/oneOf/5/properties/mail/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data3.open !== undefined){
let data58 = data3.open;
if(data58 && typeof data58 == "object" && !Array.isArray(data58)){
if(data58.timestamp === undefined){
const err125 = {instancePath:instancePath+"/detail/open",schemaPath:"#/properties/detail/oneOf/5/properties/open/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
if(data58.timestamp !== undefined){
let data59 = data58.timestamp;
if(typeof data59 === "string"){
if(!(formats0.validate(data59))){
const err126 = {instancePath:instancePath+"/detail/open/timestamp",schemaPath:"#/properties/detail/oneOf/5/properties/open/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
else {
const err127 = {instancePath:instancePath+"/detail/open/timestamp",schemaPath:"#/properties/detail/oneOf/5/properties/open/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
}
else {
const err128 = {instancePath:instancePath+"/detail/open",schemaPath:"#/properties/detail/oneOf/5/properties/open/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
}
else {
const err129 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/oneOf/5/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
else if(tag0 === "Click"){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.eventType === undefined){
const err130 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/oneOf/6/required",keyword:"required",params:{missingProperty: "eventType"},message:"must have required property '"+"eventType"+"'"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
if(data3.mail === undefined){
const err131 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/oneOf/6/required",keyword:"required",params:{missingProperty: "mail"},message:"must have required property '"+"mail"+"'"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
if(data3.click === undefined){
const err132 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/oneOf/6/required",keyword:"required",params:{missingProperty: "click"},message:"must have required property '"+"click"+"'"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
if(data3.eventType !== undefined){
let data60 = data3.eventType;
if(typeof data60 !== "string"){
const err133 = {instancePath:instancePath+"/detail/eventType",schemaPath:"#/properties/detail/oneOf/6/properties/eventType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
if(!(data60 === "Click")){
const err134 = {instancePath:instancePath+"/detail/eventType",schemaPath:"#/properties/detail/oneOf/6/properties/eventType/enum",keyword:"enum",params:{allowedValues: schema12.properties.detail.oneOf[6].properties.eventType.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
if(data3.mail !== undefined){
let data61 = data3.mail;
if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
if(data61.messageId === undefined){
const err135 = {instancePath:instancePath+"/detail/mail",schemaPath:"#/properties/detail/oneOf/6/properties/mail/required",keyword:"required",params:{missingProperty: "messageId"},message:"must have required property '"+"messageId"+"'"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
if(data61.timestamp === undefined){
const err136 = {instancePath:instancePath+"/detail/mail",schemaPath:"#/properties/detail/oneOf/6/properties/mail/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
if(data61.messageId !== undefined){
let data62 = data61.messageId;
if(typeof data62 === "string"){
if(func2(data62) < 1){
const err137 = {instancePath:instancePath+"/detail/mail/messageId",schemaPath:"#/properties/detail/oneOf/6/properties/mail/properties/messageId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
else {
const err138 = {instancePath:instancePath+"/detail/mail/messageId",schemaPath:"#/properties/detail/oneOf/6/properties/mail/properties/messageId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data61.timestamp !== undefined){
let data63 = data61.timestamp;
if(typeof data63 === "string"){
if(!(formats0.validate(data63))){
const err139 = {instancePath:instancePath+"/detail/mail/timestamp",schemaPath:"#/properties/detail/oneOf/6/properties/mail/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
else {
const err140 = {instancePath:instancePath+"/detail/mail/timestamp",schemaPath:"#/properties/detail/oneOf/6/properties/mail/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
if(data61.tags !== undefined){
let data64 = data61.tags;
if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
for(const key6 in data64){
let data65 = data64[key6];
if(Array.isArray(data65)){
const len6 = data65.length;
for(let i6=0; i6<len6; i6++){
if(typeof data65[i6] !== "string"){
const err141 = {instancePath:instancePath+"/detail/mail/tags/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i6,schemaPath:"#/properties/detail/oneOf/6/properties/mail/properties/tags/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
}
else {
const err142 = {instancePath:instancePath+"/detail/mail/tags/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/detail/oneOf/6/properties/mail/properties/tags/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
}
else {
const err143 = {instancePath:instancePath+"/detail/mail/tags",schemaPath:"#/properties/detail/oneOf/6/properties/mail/properties/tags/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
}
else {
const err144 = {instancePath:instancePath+"/detail/mail",schemaPath:"#/properties/detail/oneOf/6/properties/mail/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
if(data3.click !== undefined){
let data67 = data3.click;
if(data67 && typeof data67 == "object" && !Array.isArray(data67)){
if(data67.timestamp === undefined){
const err145 = {instancePath:instancePath+"/detail/click",schemaPath:"#/properties/detail/oneOf/6/properties/click/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
if(data67.timestamp !== undefined){
let data68 = data67.timestamp;
if(typeof data68 === "string"){
if(!(formats0.validate(data68))){
const err146 = {instancePath:instancePath+"/detail/click/timestamp",schemaPath:"#/properties/detail/oneOf/6/properties/click/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
else {
const err147 = {instancePath:instancePath+"/detail/click/timestamp",schemaPath:"#/properties/detail/oneOf/6/properties/click/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
}
else {
const err148 = {instancePath:instancePath+"/detail/click",schemaPath:"#/properties/detail/oneOf/6/properties/click/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
}
else {
const err149 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/oneOf/6/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
else if(tag0 === "Rendering Failure"){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.eventType === undefined){
const err150 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/oneOf/7/required",keyword:"required",params:{missingProperty: "eventType"},message:"must have required property '"+"eventType"+"'"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
if(data3.mail === undefined){
const err151 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/oneOf/7/required",keyword:"required",params:{missingProperty: "mail"},message:"must have required property '"+"mail"+"'"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
if(data3.failure === undefined){
const err152 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/oneOf/7/required",keyword:"required",params:{missingProperty: "failure"},message:"must have required property '"+"failure"+"'"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
if(data3.eventType !== undefined){
let data69 = data3.eventType;
if(typeof data69 !== "string"){
const err153 = {instancePath:instancePath+"/detail/eventType",schemaPath:"#/properties/detail/oneOf/7/properties/eventType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
if(!(data69 === "Rendering Failure")){
const err154 = {instancePath:instancePath+"/detail/eventType",schemaPath:"#/properties/detail/oneOf/7/properties/eventType/enum",keyword:"enum",params:{allowedValues: schema12.properties.detail.oneOf[7].properties.eventType.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
if(data3.mail !== undefined){
let data70 = data3.mail;
if(data70 && typeof data70 == "object" && !Array.isArray(data70)){
if(data70.messageId === undefined){
const err155 = {instancePath:instancePath+"/detail/mail",schemaPath:"#/properties/detail/oneOf/7/properties/mail/required",keyword:"required",params:{missingProperty: "messageId"},message:"must have required property '"+"messageId"+"'"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
if(data70.timestamp === undefined){
const err156 = {instancePath:instancePath+"/detail/mail",schemaPath:"#/properties/detail/oneOf/7/properties/mail/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
if(data70.messageId !== undefined){
let data71 = data70.messageId;
if(typeof data71 === "string"){
if(func2(data71) < 1){
const err157 = {instancePath:instancePath+"/detail/mail/messageId",schemaPath:"#/properties/detail/oneOf/7/properties/mail/properties/messageId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
else {
const err158 = {instancePath:instancePath+"/detail/mail/messageId",schemaPath:"#/properties/detail/oneOf/7/properties/mail/properties/messageId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
if(data70.timestamp !== undefined){
let data72 = data70.timestamp;
if(typeof data72 === "string"){
if(!(formats0.validate(data72))){
const err159 = {instancePath:instancePath+"/detail/mail/timestamp",schemaPath:"#/properties/detail/oneOf/7/properties/mail/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
else {
const err160 = {instancePath:instancePath+"/detail/mail/timestamp",schemaPath:"#/properties/detail/oneOf/7/properties/mail/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
if(data70.tags !== undefined){
let data73 = data70.tags;
if(data73 && typeof data73 == "object" && !Array.isArray(data73)){
for(const key7 in data73){
let data74 = data73[key7];
if(Array.isArray(data74)){
const len7 = data74.length;
for(let i7=0; i7<len7; i7++){
if(typeof data74[i7] !== "string"){
const err161 = {instancePath:instancePath+"/detail/mail/tags/" + key7.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i7,schemaPath:"#/properties/detail/oneOf/7/properties/mail/properties/tags/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
}
else {
const err162 = {instancePath:instancePath+"/detail/mail/tags/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/detail/oneOf/7/properties/mail/properties/tags/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
}
else {
const err163 = {instancePath:instancePath+"/detail/mail/tags",schemaPath:"#/properties/detail/oneOf/7/properties/mail/properties/tags/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
}
else {
const err164 = {instancePath:instancePath+"/detail/mail",schemaPath:"#/properties/detail/oneOf/7/properties/mail/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
if(data3.failure !== undefined){
let data76 = data3.failure;
if(!(data76 && typeof data76 == "object" && !Array.isArray(data76))){
const err165 = {instancePath:instancePath+"/detail/failure",schemaPath:"#/properties/detail/oneOf/7/properties/failure/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
}
else {
const err166 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/oneOf/7/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
else if(tag0 === "DeliveryDelay"){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.eventType === undefined){
const err167 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/oneOf/8/required",keyword:"required",params:{missingProperty: "eventType"},message:"must have required property '"+"eventType"+"'"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
if(data3.mail === undefined){
const err168 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/oneOf/8/required",keyword:"required",params:{missingProperty: "mail"},message:"must have required property '"+"mail"+"'"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
if(data3.deliveryDelay === undefined){
const err169 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/oneOf/8/required",keyword:"required",params:{missingProperty: "deliveryDelay"},message:"must have required property '"+"deliveryDelay"+"'"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
if(data3.eventType !== undefined){
let data77 = data3.eventType;
if(typeof data77 !== "string"){
const err170 = {instancePath:instancePath+"/detail/eventType",schemaPath:"#/properties/detail/oneOf/8/properties/eventType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
if(!(data77 === "DeliveryDelay")){
const err171 = {instancePath:instancePath+"/detail/eventType",schemaPath:"#/properties/detail/oneOf/8/properties/eventType/enum",keyword:"enum",params:{allowedValues: schema12.properties.detail.oneOf[8].properties.eventType.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
if(data3.mail !== undefined){
let data78 = data3.mail;
if(data78 && typeof data78 == "object" && !Array.isArray(data78)){
if(data78.messageId === undefined){
const err172 = {instancePath:instancePath+"/detail/mail",schemaPath:"#/properties/detail/oneOf/8/properties/mail/required",keyword:"required",params:{missingProperty: "messageId"},message:"must have required property '"+"messageId"+"'"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
if(data78.timestamp === undefined){
const err173 = {instancePath:instancePath+"/detail/mail",schemaPath:"#/properties/detail/oneOf/8/properties/mail/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
if(data78.messageId !== undefined){
let data79 = data78.messageId;
if(typeof data79 === "string"){
if(func2(data79) < 1){
const err174 = {instancePath:instancePath+"/detail/mail/messageId",schemaPath:"#/properties/detail/oneOf/8/properties/mail/properties/messageId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
else {
const err175 = {instancePath:instancePath+"/detail/mail/messageId",schemaPath:"#/properties/detail/oneOf/8/properties/mail/properties/messageId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
if(data78.timestamp !== undefined){
let data80 = data78.timestamp;
if(typeof data80 === "string"){
if(!(formats0.validate(data80))){
const err176 = {instancePath:instancePath+"/detail/mail/timestamp",schemaPath:"#/properties/detail/oneOf/8/properties/mail/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
else {
const err177 = {instancePath:instancePath+"/detail/mail/timestamp",schemaPath:"#/properties/detail/oneOf/8/properties/mail/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
if(data78.tags !== undefined){
let data81 = data78.tags;
if(data81 && typeof data81 == "object" && !Array.isArray(data81)){
for(const key8 in data81){
let data82 = data81[key8];
if(Array.isArray(data82)){
const len8 = data82.length;
for(let i8=0; i8<len8; i8++){
if(typeof data82[i8] !== "string"){
const err178 = {instancePath:instancePath+"/detail/mail/tags/" + key8.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i8,schemaPath:"#/properties/detail/oneOf/8/properties/mail/properties/tags/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
}
else {
const err179 = {instancePath:instancePath+"/detail/mail/tags/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/detail/oneOf/8/properties/mail/properties/tags/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
}
else {
const err180 = {instancePath:instancePath+"/detail/mail/tags",schemaPath:"#/properties/detail/oneOf/8/properties/mail/properties/tags/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
}
else {
const err181 = {instancePath:instancePath+"/detail/mail",schemaPath:"#/properties/detail/oneOf/8/properties/mail/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
if(data3.deliveryDelay !== undefined){
let data84 = data3.deliveryDelay;
if(data84 && typeof data84 == "object" && !Array.isArray(data84)){
if(data84.timestamp === undefined){
const err182 = {instancePath:instancePath+"/detail/deliveryDelay",schemaPath:"#/properties/detail/oneOf/8/properties/deliveryDelay/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
if(data84.timestamp !== undefined){
let data85 = data84.timestamp;
if(typeof data85 === "string"){
if(!(formats0.validate(data85))){
const err183 = {instancePath:instancePath+"/detail/deliveryDelay/timestamp",schemaPath:"#/properties/detail/oneOf/8/properties/deliveryDelay/properties/timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
else {
const err184 = {instancePath:instancePath+"/detail/deliveryDelay/timestamp",schemaPath:"#/properties/detail/oneOf/8/properties/deliveryDelay/properties/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
if(data84.delayType !== undefined){
if(typeof data84.delayType !== "string"){
const err185 = {instancePath:instancePath+"/detail/deliveryDelay/delayType",schemaPath:"#/properties/detail/oneOf/8/properties/deliveryDelay/properties/delayType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
}
else {
const err186 = {instancePath:instancePath+"/detail/deliveryDelay",schemaPath:"#/properties/detail/oneOf/8/properties/deliveryDelay/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
}
else {
const err187 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/oneOf/8/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
else {
const err188 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "eventType", tagValue: tag0},message:"value of tag \"eventType\" must be in oneOf"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
else {
const err189 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/discriminator",keyword:"discriminator",params:{error: "tag", tag: "eventType", tagValue: tag0},message:"tag \"eventType\" must be string"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
else {
const err190 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
}
else {
const err191 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}

export const validateSmsDeliveryEvent = validate28;
const schema13 = {"type":"object","required":["eventType","eventTimestamp","messageId"],"properties":{"eventType":{"type":"string","minLength":1},"eventTimestamp":{"type":"integer","minimum":0},"messageId":{"type":"string","minLength":1},"isFinal":{"type":"boolean"},"context":{"type":"object","additionalProperties":{"type":"string"}}}};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.eventType === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "eventType"},message:"must have required property '"+"eventType"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.eventTimestamp === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "eventTimestamp"},message:"must have required property '"+"eventTimestamp"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.messageId === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "messageId"},message:"must have required property '"+"messageId"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.eventType !== undefined){
let data0 = data.eventType;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/eventType",schemaPath:"#/properties/eventType/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/eventType",schemaPath:"#/properties/eventType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.eventTimestamp !== undefined){
let data1 = data.eventTimestamp;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err5 = {instancePath:instancePath+"/eventTimestamp",schemaPath:"#/properties/eventTimestamp/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/eventTimestamp",schemaPath:"#/properties/eventTimestamp/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.messageId !== undefined){
let data2 = data.messageId;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err7 = {instancePath:instancePath+"/messageId",schemaPath:"#/properties/messageId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/messageId",schemaPath:"#/properties/messageId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.isFinal !== undefined){
if(typeof data.isFinal !== "boolean"){
const err9 = {instancePath:instancePath+"/isFinal",schemaPath:"#/properties/isFinal/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.context !== undefined){
let data4 = data.context;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key0 in data4){
if(typeof data4[key0] !== "string"){
const err10 = {instancePath:instancePath+"/context/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/context/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/context",schemaPath:"#/properties/context/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}

export const validateInboundSms = validate29;
const schema14 = {"type":"object","required":["originationNumber","destinationNumber","messageBody","inboundMessageId"],"properties":{"originationNumber":{"type":"string","minLength":1},"destinationNumber":{"type":"string","minLength":1},"messageKeyword":{"type":"string"},"messageBody":{"type":"string"},"inboundMessageId":{"type":"string","minLength":1,"maxLength":128},"previousPublishedMessageId":{"type":"string"}}};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.originationNumber === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "originationNumber"},message:"must have required property '"+"originationNumber"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.destinationNumber === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "destinationNumber"},message:"must have required property '"+"destinationNumber"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.messageBody === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "messageBody"},message:"must have required property '"+"messageBody"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.inboundMessageId === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "inboundMessageId"},message:"must have required property '"+"inboundMessageId"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.originationNumber !== undefined){
let data0 = data.originationNumber;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err4 = {instancePath:instancePath+"/originationNumber",schemaPath:"#/properties/originationNumber/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/originationNumber",schemaPath:"#/properties/originationNumber/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.destinationNumber !== undefined){
let data1 = data.destinationNumber;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err6 = {instancePath:instancePath+"/destinationNumber",schemaPath:"#/properties/destinationNumber/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/destinationNumber",schemaPath:"#/properties/destinationNumber/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.messageKeyword !== undefined){
if(typeof data.messageKeyword !== "string"){
const err8 = {instancePath:instancePath+"/messageKeyword",schemaPath:"#/properties/messageKeyword/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.messageBody !== undefined){
if(typeof data.messageBody !== "string"){
const err9 = {instancePath:instancePath+"/messageBody",schemaPath:"#/properties/messageBody/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.inboundMessageId !== undefined){
let data4 = data.inboundMessageId;
if(typeof data4 === "string"){
if(func2(data4) > 128){
const err10 = {instancePath:instancePath+"/inboundMessageId",schemaPath:"#/properties/inboundMessageId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func2(data4) < 1){
const err11 = {instancePath:instancePath+"/inboundMessageId",schemaPath:"#/properties/inboundMessageId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/inboundMessageId",schemaPath:"#/properties/inboundMessageId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.previousPublishedMessageId !== undefined){
if(typeof data.previousPublishedMessageId !== "string"){
const err13 = {instancePath:instancePath+"/previousPublishedMessageId",schemaPath:"#/properties/previousPublishedMessageId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}

export const validateOrganisationSettings = validate30;
const schema15 = {"type":"object","required":["name","phone","address","defaultLocale"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1,"maxLength":200},"phone":{"type":"string","minLength":3,"maxLength":40},"address":{"type":"string","minLength":1,"maxLength":500},"website":{"type":"string","pattern":"^https://","maxLength":500},"smsHelpText":{"type":"string","minLength":1,"maxLength":300},"defaultLocale":{"type":"string","pattern":"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"}}};
const pattern20 = new RegExp("^https://", "u");
const pattern21 = new RegExp("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", "u");

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.phone === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "phone"},message:"must have required property '"+"phone"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.address === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.defaultLocale === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "defaultLocale"},message:"must have required property '"+"defaultLocale"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "name") || (key0 === "phone")) || (key0 === "address")) || (key0 === "website")) || (key0 === "smsHelpText")) || (key0 === "defaultLocale"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) > 200){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data0) < 1){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.phone !== undefined){
let data1 = data.phone;
if(typeof data1 === "string"){
if(func2(data1) > 40){
const err8 = {instancePath:instancePath+"/phone",schemaPath:"#/properties/phone/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func2(data1) < 3){
const err9 = {instancePath:instancePath+"/phone",schemaPath:"#/properties/phone/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/phone",schemaPath:"#/properties/phone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.address !== undefined){
let data2 = data.address;
if(typeof data2 === "string"){
if(func2(data2) > 500){
const err11 = {instancePath:instancePath+"/address",schemaPath:"#/properties/address/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func2(data2) < 1){
const err12 = {instancePath:instancePath+"/address",schemaPath:"#/properties/address/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/address",schemaPath:"#/properties/address/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.website !== undefined){
let data3 = data.website;
if(typeof data3 === "string"){
if(func2(data3) > 500){
const err14 = {instancePath:instancePath+"/website",schemaPath:"#/properties/website/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!pattern20.test(data3)){
const err15 = {instancePath:instancePath+"/website",schemaPath:"#/properties/website/pattern",keyword:"pattern",params:{pattern: "^https://"},message:"must match pattern \""+"^https://"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/website",schemaPath:"#/properties/website/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.smsHelpText !== undefined){
let data4 = data.smsHelpText;
if(typeof data4 === "string"){
if(func2(data4) > 300){
const err17 = {instancePath:instancePath+"/smsHelpText",schemaPath:"#/properties/smsHelpText/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(func2(data4) < 1){
const err18 = {instancePath:instancePath+"/smsHelpText",schemaPath:"#/properties/smsHelpText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/smsHelpText",schemaPath:"#/properties/smsHelpText/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.defaultLocale !== undefined){
let data5 = data.defaultLocale;
if(typeof data5 === "string"){
if(!pattern21.test(data5)){
const err20 = {instancePath:instancePath+"/defaultLocale",schemaPath:"#/properties/defaultLocale/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},message:"must match pattern \""+"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/defaultLocale",schemaPath:"#/properties/defaultLocale/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}

export const validateTemplateDefinition = validate31;
const schema16 = {"$id":"https://patient-outreach.dev/schemas/message-template-v1.json","title":"Message template","type":"object","required":["schemaVersion","name","topic","defaultLanguage","content"],"additionalProperties":false,"properties":{"schemaVersion":{"const":1},"name":{"type":"string","minLength":1,"maxLength":200},"description":{"type":"string","maxLength":2000},"topic":{"type":"string","enum":["appointment-reminders","care-gaps","campaigns","events","results","general"]},"defaultLanguage":{"type":"string","pattern":"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},"content":{"type":"object","minProperties":1,"description":"per language (BCP-47 tag), the parts of each channel","propertyNames":{"pattern":"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},"additionalProperties":{"type":"object","minProperties":1,"additionalProperties":false,"properties":{"email":{"type":"object","required":["subject","html","text"],"additionalProperties":false,"properties":{"subject":{"type":"string","minLength":1,"maxLength":300,"description":"Liquid; plain text"},"html":{"type":"string","minLength":1,"maxLength":100000,"description":"Liquid; variables are HTML-escaped"},"text":{"type":"string","minLength":1,"maxLength":50000,"description":"Liquid; the plain-text alternative, not escaped"}}},"sms":{"type":"object","required":["text"],"additionalProperties":false,"properties":{"text":{"type":"string","minLength":1,"maxLength":1600,"description":"Liquid; at most 3 segments once rendered, no clinical detail"}}},"push":{"type":"object","required":["title","body"],"additionalProperties":false,"properties":{"title":{"type":"string","minLength":1,"maxLength":200,"description":"Liquid; plain text"},"body":{"type":"string","minLength":1,"maxLength":2000,"description":"Liquid; plain text"},"data":{"type":"object","maxProperties":20,"additionalProperties":{"type":"string","maxLength":1000},"description":"key-value pairs for the app (deep link, screen); values are Liquid"}}},"letter":{"type":"object","required":["html"],"additionalProperties":false,"properties":{"html":{"type":"string","minLength":1,"maxLength":100000,"description":"Liquid; variables are HTML-escaped"}}}}}}}};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://patient-outreach.dev/schemas/message-template-v1.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schemaVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schemaVersion"},message:"must have required property '"+"schemaVersion"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.topic === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "topic"},message:"must have required property '"+"topic"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.defaultLanguage === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "defaultLanguage"},message:"must have required property '"+"defaultLanguage"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.content === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "content"},message:"must have required property '"+"content"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "schemaVersion") || (key0 === "name")) || (key0 === "description")) || (key0 === "topic")) || (key0 === "defaultLanguage")) || (key0 === "content"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.schemaVersion !== undefined){
if(1 !== data.schemaVersion){
const err6 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func2(data1) > 200){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func2(data1) < 1){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 === "string"){
if(func2(data2) > 2000){
const err10 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.topic !== undefined){
let data3 = data.topic;
if(typeof data3 !== "string"){
const err12 = {instancePath:instancePath+"/topic",schemaPath:"#/properties/topic/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!((((((data3 === "appointment-reminders") || (data3 === "care-gaps")) || (data3 === "campaigns")) || (data3 === "events")) || (data3 === "results")) || (data3 === "general"))){
const err13 = {instancePath:instancePath+"/topic",schemaPath:"#/properties/topic/enum",keyword:"enum",params:{allowedValues: schema16.properties.topic.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.defaultLanguage !== undefined){
let data4 = data.defaultLanguage;
if(typeof data4 === "string"){
if(!pattern21.test(data4)){
const err14 = {instancePath:instancePath+"/defaultLanguage",schemaPath:"#/properties/defaultLanguage/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},message:"must match pattern \""+"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/defaultLanguage",schemaPath:"#/properties/defaultLanguage/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.content !== undefined){
let data5 = data.content;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(Object.keys(data5).length < 1){
const err16 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key1 in data5){
const _errs13 = errors;
if(typeof key1 === "string"){
if(!pattern21.test(key1)){
const err17 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},message:"must match pattern \""+"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"+"\"",propertyName:key1};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
var valid1 = _errs13 === errors;
if(!valid1){
const err18 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
for(const key2 in data5){
let data6 = data5[key2];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(Object.keys(data6).length < 1){
const err19 = {instancePath:instancePath+"/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/content/additionalProperties/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key3 in data6){
if(!((((key3 === "email") || (key3 === "sms")) || (key3 === "push")) || (key3 === "letter"))){
const err20 = {instancePath:instancePath+"/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/content/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data6.email !== undefined){
let data7 = data6.email;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.subject === undefined){
const err21 = {instancePath:instancePath+"/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/email",schemaPath:"#/properties/content/additionalProperties/properties/email/required",keyword:"required",params:{missingProperty: "subject"},message:"must have required property '"+"subject"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data7.html === undefined){
const err22 = {instancePath:instancePath+"/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/email",schemaPath:"#/properties/content/additionalProperties/properties/email/required",keyword:"required",params:{missingProperty: "html"},message:"must have required property '"+"html"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data7.text === undefined){
const err23 = {instancePath:instancePath+"/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/email",schemaPath:"#/properties/content/additionalProperties/properties/email/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key4 in data7){
if(!(((key4 === "subject") || (key4 === "html")) || (key4 === "text"))){
const err24 = {instancePath:instancePath+"/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/email",schemaPath:"#/properties/content/additionalProperties/properties/email/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data7.subject !== undefined){
let data8 = data7.subject;
if(typeof data8 === "string"){
if(func2(data8) > 300){
const err25 = {instancePath:instancePath+"/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/email/subject",schemaPath:"#/properties/content/additionalProperties/properties/email/properties/subject/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(func2(data8) < 1){
const err26 = {instancePath:instancePath+"/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/email/subject",schemaPath:"#/properties/content/additionalProperties/properties/email/properties/subject/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/email/subject",schemaPath:"#/properties/content/additionalProperties/properties/email/properties/subject/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data7.html !== undefined){
let data9 = data7.html;
if(typeof data9 === "string"){
if(func2(data9) > 100000){
const err28 = {instancePath:instancePath+"/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/email/html",schemaPath:"#/properties/content/additionalProperties/properties/email/properties/html/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(func2(data9) < 1){
const err29 = {instancePath:instancePath+"/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/email/html",schemaPath:"#/properties/content/additionalProperties/properties/email/properties/html/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/email/html",schemaPath:"#/properties/content/additionalProperties/properties/email/properties/html/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data7.text !== undefined){
let data10 = data7.text;
if(typeof data10 === "string"){
if(func2(data10) > 50000){
const err31 = {instancePath:instancePath+"/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/email/text",schemaPath:"#/properties/content/additionalProperties/properties/email/properties/text/maxLength",keyword:"maxLength",params:{limit: 50000},message:"must NOT have more than 50000 characters"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(func2(data10) < 1){
const err32 = {instancePath:instancePath+"/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/email/text",schemaPath:"#/properties/content/additionalProperties/properties/email/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/email/text",schemaPath:"#/properties/content/additionalProperties/properties/email/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/email",schemaPath:"#/properties/content/additionalProperties/properties/email/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data6.sms !== undefined){
let data11 = data6.sms;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.text === undefined){
const err35 = {instancePath:instancePath+"/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/sms",schemaPath:"#/properties/content/additionalProperties/properties/sms/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
for(const key5 in data11){
if(!(key5 === "text")){
const err36 = {instancePath:instancePath+"/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/sms",schemaPath:"#/properties/content/additionalProperties/properties/sms/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data11.text !== undefined){
let data12 = data11.text;
if(typeof data12 === "string"){
if(func2(data12) > 1600){
const err37 = {instancePath:instancePath+"/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/sms/text",schemaPath:"#/properties/content/additionalProperties/properties/sms/properties/text/maxLength",keyword:"maxLength",params:{limit: 1600},message:"must NOT have more than 1600 characters"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(func2(data12) < 1){
const err38 = {instancePath:instancePath+"/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/sms/text",schemaPath:"#/properties/content/additionalProperties/properties/sms/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/sms/text",schemaPath:"#/properties/content/additionalProperties/properties/sms/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/sms",schemaPath:"#/properties/content/additionalProperties/properties/sms/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data6.push !== undefined){
let data13 = data6.push;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.title === undefined){
const err41 = {instancePath:instancePath+"/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/push",schemaPath:"#/properties/content/additionalProperties/properties/push/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data13.body === undefined){
const err42 = {instancePath:instancePath+"/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/push",schemaPath:"#/properties/content/additionalProperties/properties/push/required",keyword:"required",params:{missingProperty: "body"},message:"must have required property '"+"body"+"'"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
for(const key6 in data13){
if(!(((key6 === "title") || (key6 === "body")) || (key6 === "data"))){
const err43 = {instancePath:instancePath+"/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/push",schemaPath:"#/properties/content/additionalProperties/properties/push/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data13.title !== undefined){
let data14 = data13.title;
if(typeof data14 === "string"){
if(func2(data14) > 200){
const err44 = {instancePath:instancePath+"/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/push/title",schemaPath:"#/properties/content/additionalProperties/properties/push/properties/title/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(func2(data14) < 1){
const err45 = {instancePath:instancePath+"/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/push/title",schemaPath:"#/properties/content/additionalProperties/properties/push/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/push/title",schemaPath:"#/properties/content/additionalProperties/properties/push/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data13.body !== undefined){
let data15 = data13.body;
if(typeof data15 === "string"){
if(func2(data15) > 2000){
const err47 = {instancePath:instancePath+"/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/push/body",schemaPath:"#/properties/content/additionalProperties/properties/push/properties/body/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(func2(data15) < 1){
const err48 = {instancePath:instancePath+"/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/push/body",schemaPath:"#/properties/content/additionalProperties/properties/push/properties/body/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/push/body",schemaPath:"#/properties/content/additionalProperties/properties/push/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data13.data !== undefined){
let data16 = data13.data;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(Object.keys(data16).length > 20){
const err50 = {instancePath:instancePath+"/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/push/data",schemaPath:"#/properties/content/additionalProperties/properties/push/properties/data/maxProperties",keyword:"maxProperties",params:{limit: 20},message:"must NOT have more than 20 properties"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
for(const key7 in data16){
let data17 = data16[key7];
if(typeof data17 === "string"){
if(func2(data17) > 1000){
const err51 = {instancePath:instancePath+"/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/push/data/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/content/additionalProperties/properties/push/properties/data/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/push/data/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/content/additionalProperties/properties/push/properties/data/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath:instancePath+"/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/push/data",schemaPath:"#/properties/content/additionalProperties/properties/push/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/push",schemaPath:"#/properties/content/additionalProperties/properties/push/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data6.letter !== undefined){
let data18 = data6.letter;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.html === undefined){
const err55 = {instancePath:instancePath+"/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/letter",schemaPath:"#/properties/content/additionalProperties/properties/letter/required",keyword:"required",params:{missingProperty: "html"},message:"must have required property '"+"html"+"'"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
for(const key8 in data18){
if(!(key8 === "html")){
const err56 = {instancePath:instancePath+"/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/letter",schemaPath:"#/properties/content/additionalProperties/properties/letter/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data18.html !== undefined){
let data19 = data18.html;
if(typeof data19 === "string"){
if(func2(data19) > 100000){
const err57 = {instancePath:instancePath+"/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/letter/html",schemaPath:"#/properties/content/additionalProperties/properties/letter/properties/html/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(func2(data19) < 1){
const err58 = {instancePath:instancePath+"/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/letter/html",schemaPath:"#/properties/content/additionalProperties/properties/letter/properties/html/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/letter/html",schemaPath:"#/properties/content/additionalProperties/properties/letter/properties/html/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath:instancePath+"/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/letter",schemaPath:"#/properties/content/additionalProperties/properties/letter/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath:instancePath+"/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/content/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}

export const validateSegmentDefinition = validate32;
const schema17 = {"$id":"https://patient-outreach.dev/schemas/segment-definition-v1.json","title":"Segment definition","type":"object","required":["schemaVersion","id","name","description","criteria"],"additionalProperties":false,"properties":{"schemaVersion":{"const":1},"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,63}$"},"name":{"type":"string","minLength":1,"maxLength":200},"description":{"type":"string","maxLength":2000},"sources":{"type":"array","items":{"type":"string","minLength":1}},"criteria":{"$ref":"#/$defs/node"}},"$defs":{"node":{"type":"object","description":"One criterion: an object with exactly one key naming its kind.","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"all":{"type":"array","items":{"$ref":"#/$defs/node"}},"any":{"type":"array","items":{"$ref":"#/$defs/node"}},"not":{"$ref":"#/$defs/node"},"age":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"min":{"type":"integer","minimum":0},"max":{"type":"integer","minimum":0}}},"gender":{"type":"array","minItems":1,"items":{"type":"string","enum":["male","female","other","unknown"]}},"postalCode":{"type":"object","required":["prefixes"],"additionalProperties":false,"properties":{"prefixes":{"type":"array","minItems":1,"items":{"type":"string","minLength":1}}}},"language":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"}},"deceased":{"type":"boolean"},"resource":{"type":"object","required":["type"],"additionalProperties":false,"properties":{"type":{"type":"string","enum":["Condition","Observation","Procedure","Immunization","Appointment","Encounter","MedicationRequest","AllergyIntolerance","EpisodeOfCare","ServiceRequest"]},"codes":{"type":"array","minItems":1,"items":{"type":"object","required":["system","code"],"additionalProperties":false,"properties":{"system":{"type":"string","minLength":1},"code":{"type":"string","minLength":1}}}},"status":{"type":"array","minItems":1,"items":{"type":"string","minLength":1}},"classCodes":{"type":"array","minItems":1,"items":{"type":"string","minLength":1}},"within":{"type":"object","description":"A time window relative to the clock, or absolute. Exactly one key.","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"last":{"type":"string","description":"ISO 8601 duration: the date is in (now − d, now]."},"next":{"type":"string","description":"ISO 8601 duration: the date is in [now, now + d)."},"before":{"type":"string","description":"ISO 8601 duration: the date is at or before now − d (at least d ago)."},"between":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"from":{"type":"string","format":"date-time"},"to":{"type":"string","format":"date-time"}}},"sinceAnnual":{"type":"string","pattern":"^--(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$","description":"A month-day `--MM-DD`: since its most recent occurrence at or before now, up to now."}}},"dateField":{"type":"string","enum":["date","end"]},"count":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"min":{"type":"integer","minimum":0},"max":{"type":"integer","minimum":0}}}}},"latestObservation":{"type":"object","required":["codes","value"],"additionalProperties":false,"properties":{"codes":{"type":"array","minItems":1,"items":{"type":"object","required":["system","code"],"additionalProperties":false,"properties":{"system":{"type":"string","minLength":1},"code":{"type":"string","minLength":1}}}},"within":{"type":"object","description":"A time window relative to the clock, or absolute. Exactly one key.","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"last":{"type":"string","description":"ISO 8601 duration: the date is in (now − d, now]."},"next":{"type":"string","description":"ISO 8601 duration: the date is in [now, now + d)."},"before":{"type":"string","description":"ISO 8601 duration: the date is at or before now − d (at least d ago)."},"between":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"from":{"type":"string","format":"date-time"},"to":{"type":"string","format":"date-time"}}},"sinceAnnual":{"type":"string","pattern":"^--(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$","description":"A month-day `--MM-DD`: since its most recent occurrence at or before now, up to now."}}},"component":{"type":"object","required":["codes"],"additionalProperties":false,"properties":{"codes":{"type":"array","minItems":1,"items":{"type":"object","required":["system","code"],"additionalProperties":false,"properties":{"system":{"type":"string","minLength":1},"code":{"type":"string","minLength":1}}}}}},"value":{"type":"object","required":["comparator","value","unit"],"additionalProperties":false,"properties":{"comparator":{"type":"string","enum":[">=",">","<=","<","="]},"value":{"type":"number"},"unit":{"type":"string","minLength":1,"description":"UCUM code or unit text; must match the observation’s."}}}}},"engagement":{"type":"object","required":["kind"],"additionalProperties":false,"properties":{"kind":{"type":"string","enum":["received","opened","clicked","ignored","registered","attended"]},"journeyId":{"type":"string","minLength":1},"campaignId":{"type":"string","minLength":1},"templateId":{"type":"string","minLength":1},"eventId":{"type":"string","minLength":1},"within":{"type":"object","description":"A time window relative to the clock, or absolute. Exactly one key.","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"last":{"type":"string","description":"ISO 8601 duration: the date is in (now − d, now]."},"next":{"type":"string","description":"ISO 8601 duration: the date is in [now, now + d)."},"before":{"type":"string","description":"ISO 8601 duration: the date is at or before now − d (at least d ago)."},"between":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"from":{"type":"string","format":"date-time"},"to":{"type":"string","format":"date-time"}}},"sinceAnnual":{"type":"string","pattern":"^--(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$","description":"A month-day `--MM-DD`: since its most recent occurrence at or before now, up to now."}}}}},"inSegment":{"type":"string","minLength":1},"fhirpath":{"type":"string","minLength":1}}}}};
const schema18 = {"type":"object","description":"One criterion: an object with exactly one key naming its kind.","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"all":{"type":"array","items":{"$ref":"#/$defs/node"}},"any":{"type":"array","items":{"$ref":"#/$defs/node"}},"not":{"$ref":"#/$defs/node"},"age":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"min":{"type":"integer","minimum":0},"max":{"type":"integer","minimum":0}}},"gender":{"type":"array","minItems":1,"items":{"type":"string","enum":["male","female","other","unknown"]}},"postalCode":{"type":"object","required":["prefixes"],"additionalProperties":false,"properties":{"prefixes":{"type":"array","minItems":1,"items":{"type":"string","minLength":1}}}},"language":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"}},"deceased":{"type":"boolean"},"resource":{"type":"object","required":["type"],"additionalProperties":false,"properties":{"type":{"type":"string","enum":["Condition","Observation","Procedure","Immunization","Appointment","Encounter","MedicationRequest","AllergyIntolerance","EpisodeOfCare","ServiceRequest"]},"codes":{"type":"array","minItems":1,"items":{"type":"object","required":["system","code"],"additionalProperties":false,"properties":{"system":{"type":"string","minLength":1},"code":{"type":"string","minLength":1}}}},"status":{"type":"array","minItems":1,"items":{"type":"string","minLength":1}},"classCodes":{"type":"array","minItems":1,"items":{"type":"string","minLength":1}},"within":{"type":"object","description":"A time window relative to the clock, or absolute. Exactly one key.","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"last":{"type":"string","description":"ISO 8601 duration: the date is in (now − d, now]."},"next":{"type":"string","description":"ISO 8601 duration: the date is in [now, now + d)."},"before":{"type":"string","description":"ISO 8601 duration: the date is at or before now − d (at least d ago)."},"between":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"from":{"type":"string","format":"date-time"},"to":{"type":"string","format":"date-time"}}},"sinceAnnual":{"type":"string","pattern":"^--(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$","description":"A month-day `--MM-DD`: since its most recent occurrence at or before now, up to now."}}},"dateField":{"type":"string","enum":["date","end"]},"count":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"min":{"type":"integer","minimum":0},"max":{"type":"integer","minimum":0}}}}},"latestObservation":{"type":"object","required":["codes","value"],"additionalProperties":false,"properties":{"codes":{"type":"array","minItems":1,"items":{"type":"object","required":["system","code"],"additionalProperties":false,"properties":{"system":{"type":"string","minLength":1},"code":{"type":"string","minLength":1}}}},"within":{"type":"object","description":"A time window relative to the clock, or absolute. Exactly one key.","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"last":{"type":"string","description":"ISO 8601 duration: the date is in (now − d, now]."},"next":{"type":"string","description":"ISO 8601 duration: the date is in [now, now + d)."},"before":{"type":"string","description":"ISO 8601 duration: the date is at or before now − d (at least d ago)."},"between":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"from":{"type":"string","format":"date-time"},"to":{"type":"string","format":"date-time"}}},"sinceAnnual":{"type":"string","pattern":"^--(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$","description":"A month-day `--MM-DD`: since its most recent occurrence at or before now, up to now."}}},"component":{"type":"object","required":["codes"],"additionalProperties":false,"properties":{"codes":{"type":"array","minItems":1,"items":{"type":"object","required":["system","code"],"additionalProperties":false,"properties":{"system":{"type":"string","minLength":1},"code":{"type":"string","minLength":1}}}}}},"value":{"type":"object","required":["comparator","value","unit"],"additionalProperties":false,"properties":{"comparator":{"type":"string","enum":[">=",">","<=","<","="]},"value":{"type":"number"},"unit":{"type":"string","minLength":1,"description":"UCUM code or unit text; must match the observation’s."}}}}},"engagement":{"type":"object","required":["kind"],"additionalProperties":false,"properties":{"kind":{"type":"string","enum":["received","opened","clicked","ignored","registered","attended"]},"journeyId":{"type":"string","minLength":1},"campaignId":{"type":"string","minLength":1},"templateId":{"type":"string","minLength":1},"eventId":{"type":"string","minLength":1},"within":{"type":"object","description":"A time window relative to the clock, or absolute. Exactly one key.","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"last":{"type":"string","description":"ISO 8601 duration: the date is in (now − d, now]."},"next":{"type":"string","description":"ISO 8601 duration: the date is in [now, now + d)."},"before":{"type":"string","description":"ISO 8601 duration: the date is at or before now − d (at least d ago)."},"between":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"from":{"type":"string","format":"date-time"},"to":{"type":"string","format":"date-time"}}},"sinceAnnual":{"type":"string","pattern":"^--(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$","description":"A month-day `--MM-DD`: since its most recent occurrence at or before now, up to now."}}}}},"inSegment":{"type":"string","minLength":1},"fhirpath":{"type":"string","minLength":1}}};
const func55 = Object.prototype.hasOwnProperty;
const wrapper0 = {validate: validate33};
const pattern25 = new RegExp("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$", "u");
const pattern26 = new RegExp("^--(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", "u");

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 1){
const err0 = {instancePath,schemaPath:"#/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(Object.keys(data).length < 1){
const err1 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func55.call(schema18.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.all !== undefined){
let data0 = data.all;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(wrapper0.validate(data0[i0], {instancePath:instancePath+"/all/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/all",schemaPath:"#/properties/all/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.any !== undefined){
let data2 = data.any;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
if(!(wrapper0.validate(data2[i1], {instancePath:instancePath+"/any/" + i1,parentData:data2,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/any",schemaPath:"#/properties/any/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.not !== undefined){
if(!(wrapper0.validate(data.not, {instancePath:instancePath+"/not",parentData:data,parentDataProperty:"not",rootData}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
}
if(data.age !== undefined){
let data5 = data.age;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(Object.keys(data5).length < 1){
const err5 = {instancePath:instancePath+"/age",schemaPath:"#/properties/age/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data5){
if(!((key1 === "min") || (key1 === "max"))){
const err6 = {instancePath:instancePath+"/age",schemaPath:"#/properties/age/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data5.min !== undefined){
let data6 = data5.min;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err7 = {instancePath:instancePath+"/age/min",schemaPath:"#/properties/age/properties/min/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err8 = {instancePath:instancePath+"/age/min",schemaPath:"#/properties/age/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data5.max !== undefined){
let data7 = data5.max;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err9 = {instancePath:instancePath+"/age/max",schemaPath:"#/properties/age/properties/max/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err10 = {instancePath:instancePath+"/age/max",schemaPath:"#/properties/age/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
}
else {
const err11 = {instancePath:instancePath+"/age",schemaPath:"#/properties/age/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.gender !== undefined){
let data8 = data.gender;
if(Array.isArray(data8)){
if(data8.length < 1){
const err12 = {instancePath:instancePath+"/gender",schemaPath:"#/properties/gender/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
let data9 = data8[i2];
if(typeof data9 !== "string"){
const err13 = {instancePath:instancePath+"/gender/" + i2,schemaPath:"#/properties/gender/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!((((data9 === "male") || (data9 === "female")) || (data9 === "other")) || (data9 === "unknown"))){
const err14 = {instancePath:instancePath+"/gender/" + i2,schemaPath:"#/properties/gender/items/enum",keyword:"enum",params:{allowedValues: schema18.properties.gender.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/gender",schemaPath:"#/properties/gender/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.postalCode !== undefined){
let data10 = data.postalCode;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.prefixes === undefined){
const err16 = {instancePath:instancePath+"/postalCode",schemaPath:"#/properties/postalCode/required",keyword:"required",params:{missingProperty: "prefixes"},message:"must have required property '"+"prefixes"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key2 in data10){
if(!(key2 === "prefixes")){
const err17 = {instancePath:instancePath+"/postalCode",schemaPath:"#/properties/postalCode/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data10.prefixes !== undefined){
let data11 = data10.prefixes;
if(Array.isArray(data11)){
if(data11.length < 1){
const err18 = {instancePath:instancePath+"/postalCode/prefixes",schemaPath:"#/properties/postalCode/properties/prefixes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
const len3 = data11.length;
for(let i3=0; i3<len3; i3++){
let data12 = data11[i3];
if(typeof data12 === "string"){
if(func2(data12) < 1){
const err19 = {instancePath:instancePath+"/postalCode/prefixes/" + i3,schemaPath:"#/properties/postalCode/properties/prefixes/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/postalCode/prefixes/" + i3,schemaPath:"#/properties/postalCode/properties/prefixes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/postalCode/prefixes",schemaPath:"#/properties/postalCode/properties/prefixes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/postalCode",schemaPath:"#/properties/postalCode/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.language !== undefined){
let data13 = data.language;
if(Array.isArray(data13)){
if(data13.length < 1){
const err23 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
const len4 = data13.length;
for(let i4=0; i4<len4; i4++){
let data14 = data13[i4];
if(typeof data14 === "string"){
if(!pattern25.test(data14)){
const err24 = {instancePath:instancePath+"/language/" + i4,schemaPath:"#/properties/language/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"},message:"must match pattern \""+"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"+"\""};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/language/" + i4,schemaPath:"#/properties/language/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.deceased !== undefined){
if(typeof data.deceased !== "boolean"){
const err27 = {instancePath:instancePath+"/deceased",schemaPath:"#/properties/deceased/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.resource !== undefined){
let data16 = data.resource;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.type === undefined){
const err28 = {instancePath:instancePath+"/resource",schemaPath:"#/properties/resource/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
for(const key3 in data16){
if(!(((((((key3 === "type") || (key3 === "codes")) || (key3 === "status")) || (key3 === "classCodes")) || (key3 === "within")) || (key3 === "dateField")) || (key3 === "count"))){
const err29 = {instancePath:instancePath+"/resource",schemaPath:"#/properties/resource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data16.type !== undefined){
let data17 = data16.type;
if(typeof data17 !== "string"){
const err30 = {instancePath:instancePath+"/resource/type",schemaPath:"#/properties/resource/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(!((((((((((data17 === "Condition") || (data17 === "Observation")) || (data17 === "Procedure")) || (data17 === "Immunization")) || (data17 === "Appointment")) || (data17 === "Encounter")) || (data17 === "MedicationRequest")) || (data17 === "AllergyIntolerance")) || (data17 === "EpisodeOfCare")) || (data17 === "ServiceRequest"))){
const err31 = {instancePath:instancePath+"/resource/type",schemaPath:"#/properties/resource/properties/type/enum",keyword:"enum",params:{allowedValues: schema18.properties.resource.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data16.codes !== undefined){
let data18 = data16.codes;
if(Array.isArray(data18)){
if(data18.length < 1){
const err32 = {instancePath:instancePath+"/resource/codes",schemaPath:"#/properties/resource/properties/codes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
const len5 = data18.length;
for(let i5=0; i5<len5; i5++){
let data19 = data18[i5];
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.system === undefined){
const err33 = {instancePath:instancePath+"/resource/codes/" + i5,schemaPath:"#/properties/resource/properties/codes/items/required",keyword:"required",params:{missingProperty: "system"},message:"must have required property '"+"system"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data19.code === undefined){
const err34 = {instancePath:instancePath+"/resource/codes/" + i5,schemaPath:"#/properties/resource/properties/codes/items/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
for(const key4 in data19){
if(!((key4 === "system") || (key4 === "code"))){
const err35 = {instancePath:instancePath+"/resource/codes/" + i5,schemaPath:"#/properties/resource/properties/codes/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data19.system !== undefined){
let data20 = data19.system;
if(typeof data20 === "string"){
if(func2(data20) < 1){
const err36 = {instancePath:instancePath+"/resource/codes/" + i5+"/system",schemaPath:"#/properties/resource/properties/codes/items/properties/system/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/resource/codes/" + i5+"/system",schemaPath:"#/properties/resource/properties/codes/items/properties/system/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data19.code !== undefined){
let data21 = data19.code;
if(typeof data21 === "string"){
if(func2(data21) < 1){
const err38 = {instancePath:instancePath+"/resource/codes/" + i5+"/code",schemaPath:"#/properties/resource/properties/codes/items/properties/code/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/resource/codes/" + i5+"/code",schemaPath:"#/properties/resource/properties/codes/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/resource/codes/" + i5,schemaPath:"#/properties/resource/properties/codes/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/resource/codes",schemaPath:"#/properties/resource/properties/codes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data16.status !== undefined){
let data22 = data16.status;
if(Array.isArray(data22)){
if(data22.length < 1){
const err42 = {instancePath:instancePath+"/resource/status",schemaPath:"#/properties/resource/properties/status/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
const len6 = data22.length;
for(let i6=0; i6<len6; i6++){
let data23 = data22[i6];
if(typeof data23 === "string"){
if(func2(data23) < 1){
const err43 = {instancePath:instancePath+"/resource/status/" + i6,schemaPath:"#/properties/resource/properties/status/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/resource/status/" + i6,schemaPath:"#/properties/resource/properties/status/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/resource/status",schemaPath:"#/properties/resource/properties/status/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data16.classCodes !== undefined){
let data24 = data16.classCodes;
if(Array.isArray(data24)){
if(data24.length < 1){
const err46 = {instancePath:instancePath+"/resource/classCodes",schemaPath:"#/properties/resource/properties/classCodes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
const len7 = data24.length;
for(let i7=0; i7<len7; i7++){
let data25 = data24[i7];
if(typeof data25 === "string"){
if(func2(data25) < 1){
const err47 = {instancePath:instancePath+"/resource/classCodes/" + i7,schemaPath:"#/properties/resource/properties/classCodes/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/resource/classCodes/" + i7,schemaPath:"#/properties/resource/properties/classCodes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/resource/classCodes",schemaPath:"#/properties/resource/properties/classCodes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data16.within !== undefined){
let data26 = data16.within;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(Object.keys(data26).length > 1){
const err50 = {instancePath:instancePath+"/resource/within",schemaPath:"#/properties/resource/properties/within/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(Object.keys(data26).length < 1){
const err51 = {instancePath:instancePath+"/resource/within",schemaPath:"#/properties/resource/properties/within/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
for(const key5 in data26){
if(!(((((key5 === "last") || (key5 === "next")) || (key5 === "before")) || (key5 === "between")) || (key5 === "sinceAnnual"))){
const err52 = {instancePath:instancePath+"/resource/within",schemaPath:"#/properties/resource/properties/within/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data26.last !== undefined){
if(typeof data26.last !== "string"){
const err53 = {instancePath:instancePath+"/resource/within/last",schemaPath:"#/properties/resource/properties/within/properties/last/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data26.next !== undefined){
if(typeof data26.next !== "string"){
const err54 = {instancePath:instancePath+"/resource/within/next",schemaPath:"#/properties/resource/properties/within/properties/next/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data26.before !== undefined){
if(typeof data26.before !== "string"){
const err55 = {instancePath:instancePath+"/resource/within/before",schemaPath:"#/properties/resource/properties/within/properties/before/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data26.between !== undefined){
let data30 = data26.between;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(Object.keys(data30).length < 1){
const err56 = {instancePath:instancePath+"/resource/within/between",schemaPath:"#/properties/resource/properties/within/properties/between/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
for(const key6 in data30){
if(!((key6 === "from") || (key6 === "to"))){
const err57 = {instancePath:instancePath+"/resource/within/between",schemaPath:"#/properties/resource/properties/within/properties/between/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data30.from !== undefined){
let data31 = data30.from;
if(typeof data31 === "string"){
if(!(formats0.validate(data31))){
const err58 = {instancePath:instancePath+"/resource/within/between/from",schemaPath:"#/properties/resource/properties/within/properties/between/properties/from/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/resource/within/between/from",schemaPath:"#/properties/resource/properties/within/properties/between/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data30.to !== undefined){
let data32 = data30.to;
if(typeof data32 === "string"){
if(!(formats0.validate(data32))){
const err60 = {instancePath:instancePath+"/resource/within/between/to",schemaPath:"#/properties/resource/properties/within/properties/between/properties/to/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/resource/within/between/to",schemaPath:"#/properties/resource/properties/within/properties/between/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/resource/within/between",schemaPath:"#/properties/resource/properties/within/properties/between/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data26.sinceAnnual !== undefined){
let data33 = data26.sinceAnnual;
if(typeof data33 === "string"){
if(!pattern26.test(data33)){
const err63 = {instancePath:instancePath+"/resource/within/sinceAnnual",schemaPath:"#/properties/resource/properties/within/properties/sinceAnnual/pattern",keyword:"pattern",params:{pattern: "^--(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"},message:"must match pattern \""+"^--(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"+"\""};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
else {
const err64 = {instancePath:instancePath+"/resource/within/sinceAnnual",schemaPath:"#/properties/resource/properties/within/properties/sinceAnnual/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath:instancePath+"/resource/within",schemaPath:"#/properties/resource/properties/within/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data16.dateField !== undefined){
let data34 = data16.dateField;
if(typeof data34 !== "string"){
const err66 = {instancePath:instancePath+"/resource/dateField",schemaPath:"#/properties/resource/properties/dateField/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(!((data34 === "date") || (data34 === "end"))){
const err67 = {instancePath:instancePath+"/resource/dateField",schemaPath:"#/properties/resource/properties/dateField/enum",keyword:"enum",params:{allowedValues: schema18.properties.resource.properties.dateField.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data16.count !== undefined){
let data35 = data16.count;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(Object.keys(data35).length < 1){
const err68 = {instancePath:instancePath+"/resource/count",schemaPath:"#/properties/resource/properties/count/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
for(const key7 in data35){
if(!((key7 === "min") || (key7 === "max"))){
const err69 = {instancePath:instancePath+"/resource/count",schemaPath:"#/properties/resource/properties/count/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data35.min !== undefined){
let data36 = data35.min;
if(!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))){
const err70 = {instancePath:instancePath+"/resource/count/min",schemaPath:"#/properties/resource/properties/count/properties/min/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if((typeof data36 == "number") && (isFinite(data36))){
if(data36 < 0 || isNaN(data36)){
const err71 = {instancePath:instancePath+"/resource/count/min",schemaPath:"#/properties/resource/properties/count/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
if(data35.max !== undefined){
let data37 = data35.max;
if(!(((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37))) && (isFinite(data37)))){
const err72 = {instancePath:instancePath+"/resource/count/max",schemaPath:"#/properties/resource/properties/count/properties/max/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if((typeof data37 == "number") && (isFinite(data37))){
if(data37 < 0 || isNaN(data37)){
const err73 = {instancePath:instancePath+"/resource/count/max",schemaPath:"#/properties/resource/properties/count/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
}
else {
const err74 = {instancePath:instancePath+"/resource/count",schemaPath:"#/properties/resource/properties/count/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
else {
const err75 = {instancePath:instancePath+"/resource",schemaPath:"#/properties/resource/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data.latestObservation !== undefined){
let data38 = data.latestObservation;
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
if(data38.codes === undefined){
const err76 = {instancePath:instancePath+"/latestObservation",schemaPath:"#/properties/latestObservation/required",keyword:"required",params:{missingProperty: "codes"},message:"must have required property '"+"codes"+"'"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(data38.value === undefined){
const err77 = {instancePath:instancePath+"/latestObservation",schemaPath:"#/properties/latestObservation/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
for(const key8 in data38){
if(!((((key8 === "codes") || (key8 === "within")) || (key8 === "component")) || (key8 === "value"))){
const err78 = {instancePath:instancePath+"/latestObservation",schemaPath:"#/properties/latestObservation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data38.codes !== undefined){
let data39 = data38.codes;
if(Array.isArray(data39)){
if(data39.length < 1){
const err79 = {instancePath:instancePath+"/latestObservation/codes",schemaPath:"#/properties/latestObservation/properties/codes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
const len8 = data39.length;
for(let i8=0; i8<len8; i8++){
let data40 = data39[i8];
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
if(data40.system === undefined){
const err80 = {instancePath:instancePath+"/latestObservation/codes/" + i8,schemaPath:"#/properties/latestObservation/properties/codes/items/required",keyword:"required",params:{missingProperty: "system"},message:"must have required property '"+"system"+"'"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(data40.code === undefined){
const err81 = {instancePath:instancePath+"/latestObservation/codes/" + i8,schemaPath:"#/properties/latestObservation/properties/codes/items/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
for(const key9 in data40){
if(!((key9 === "system") || (key9 === "code"))){
const err82 = {instancePath:instancePath+"/latestObservation/codes/" + i8,schemaPath:"#/properties/latestObservation/properties/codes/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data40.system !== undefined){
let data41 = data40.system;
if(typeof data41 === "string"){
if(func2(data41) < 1){
const err83 = {instancePath:instancePath+"/latestObservation/codes/" + i8+"/system",schemaPath:"#/properties/latestObservation/properties/codes/items/properties/system/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
else {
const err84 = {instancePath:instancePath+"/latestObservation/codes/" + i8+"/system",schemaPath:"#/properties/latestObservation/properties/codes/items/properties/system/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data40.code !== undefined){
let data42 = data40.code;
if(typeof data42 === "string"){
if(func2(data42) < 1){
const err85 = {instancePath:instancePath+"/latestObservation/codes/" + i8+"/code",schemaPath:"#/properties/latestObservation/properties/codes/items/properties/code/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
else {
const err86 = {instancePath:instancePath+"/latestObservation/codes/" + i8+"/code",schemaPath:"#/properties/latestObservation/properties/codes/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
else {
const err87 = {instancePath:instancePath+"/latestObservation/codes/" + i8,schemaPath:"#/properties/latestObservation/properties/codes/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
else {
const err88 = {instancePath:instancePath+"/latestObservation/codes",schemaPath:"#/properties/latestObservation/properties/codes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data38.within !== undefined){
let data43 = data38.within;
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
if(Object.keys(data43).length > 1){
const err89 = {instancePath:instancePath+"/latestObservation/within",schemaPath:"#/properties/latestObservation/properties/within/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(Object.keys(data43).length < 1){
const err90 = {instancePath:instancePath+"/latestObservation/within",schemaPath:"#/properties/latestObservation/properties/within/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
for(const key10 in data43){
if(!(((((key10 === "last") || (key10 === "next")) || (key10 === "before")) || (key10 === "between")) || (key10 === "sinceAnnual"))){
const err91 = {instancePath:instancePath+"/latestObservation/within",schemaPath:"#/properties/latestObservation/properties/within/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data43.last !== undefined){
if(typeof data43.last !== "string"){
const err92 = {instancePath:instancePath+"/latestObservation/within/last",schemaPath:"#/properties/latestObservation/properties/within/properties/last/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data43.next !== undefined){
if(typeof data43.next !== "string"){
const err93 = {instancePath:instancePath+"/latestObservation/within/next",schemaPath:"#/properties/latestObservation/properties/within/properties/next/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data43.before !== undefined){
if(typeof data43.before !== "string"){
const err94 = {instancePath:instancePath+"/latestObservation/within/before",schemaPath:"#/properties/latestObservation/properties/within/properties/before/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data43.between !== undefined){
let data47 = data43.between;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
if(Object.keys(data47).length < 1){
const err95 = {instancePath:instancePath+"/latestObservation/within/between",schemaPath:"#/properties/latestObservation/properties/within/properties/between/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
for(const key11 in data47){
if(!((key11 === "from") || (key11 === "to"))){
const err96 = {instancePath:instancePath+"/latestObservation/within/between",schemaPath:"#/properties/latestObservation/properties/within/properties/between/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data47.from !== undefined){
let data48 = data47.from;
if(typeof data48 === "string"){
if(!(formats0.validate(data48))){
const err97 = {instancePath:instancePath+"/latestObservation/within/between/from",schemaPath:"#/properties/latestObservation/properties/within/properties/between/properties/from/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
else {
const err98 = {instancePath:instancePath+"/latestObservation/within/between/from",schemaPath:"#/properties/latestObservation/properties/within/properties/between/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data47.to !== undefined){
let data49 = data47.to;
if(typeof data49 === "string"){
if(!(formats0.validate(data49))){
const err99 = {instancePath:instancePath+"/latestObservation/within/between/to",schemaPath:"#/properties/latestObservation/properties/within/properties/between/properties/to/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
else {
const err100 = {instancePath:instancePath+"/latestObservation/within/between/to",schemaPath:"#/properties/latestObservation/properties/within/properties/between/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
}
else {
const err101 = {instancePath:instancePath+"/latestObservation/within/between",schemaPath:"#/properties/latestObservation/properties/within/properties/between/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data43.sinceAnnual !== undefined){
let data50 = data43.sinceAnnual;
if(typeof data50 === "string"){
if(!pattern26.test(data50)){
const err102 = {instancePath:instancePath+"/latestObservation/within/sinceAnnual",schemaPath:"#/properties/latestObservation/properties/within/properties/sinceAnnual/pattern",keyword:"pattern",params:{pattern: "^--(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"},message:"must match pattern \""+"^--(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"+"\""};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
else {
const err103 = {instancePath:instancePath+"/latestObservation/within/sinceAnnual",schemaPath:"#/properties/latestObservation/properties/within/properties/sinceAnnual/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
}
else {
const err104 = {instancePath:instancePath+"/latestObservation/within",schemaPath:"#/properties/latestObservation/properties/within/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data38.component !== undefined){
let data51 = data38.component;
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
if(data51.codes === undefined){
const err105 = {instancePath:instancePath+"/latestObservation/component",schemaPath:"#/properties/latestObservation/properties/component/required",keyword:"required",params:{missingProperty: "codes"},message:"must have required property '"+"codes"+"'"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
for(const key12 in data51){
if(!(key12 === "codes")){
const err106 = {instancePath:instancePath+"/latestObservation/component",schemaPath:"#/properties/latestObservation/properties/component/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data51.codes !== undefined){
let data52 = data51.codes;
if(Array.isArray(data52)){
if(data52.length < 1){
const err107 = {instancePath:instancePath+"/latestObservation/component/codes",schemaPath:"#/properties/latestObservation/properties/component/properties/codes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
const len9 = data52.length;
for(let i9=0; i9<len9; i9++){
let data53 = data52[i9];
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
if(data53.system === undefined){
const err108 = {instancePath:instancePath+"/latestObservation/component/codes/" + i9,schemaPath:"#/properties/latestObservation/properties/component/properties/codes/items/required",keyword:"required",params:{missingProperty: "system"},message:"must have required property '"+"system"+"'"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
if(data53.code === undefined){
const err109 = {instancePath:instancePath+"/latestObservation/component/codes/" + i9,schemaPath:"#/properties/latestObservation/properties/component/properties/codes/items/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
for(const key13 in data53){
if(!((key13 === "system") || (key13 === "code"))){
const err110 = {instancePath:instancePath+"/latestObservation/component/codes/" + i9,schemaPath:"#/properties/latestObservation/properties/component/properties/codes/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data53.system !== undefined){
let data54 = data53.system;
if(typeof data54 === "string"){
if(func2(data54) < 1){
const err111 = {instancePath:instancePath+"/latestObservation/component/codes/" + i9+"/system",schemaPath:"#/properties/latestObservation/properties/component/properties/codes/items/properties/system/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
else {
const err112 = {instancePath:instancePath+"/latestObservation/component/codes/" + i9+"/system",schemaPath:"#/properties/latestObservation/properties/component/properties/codes/items/properties/system/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data53.code !== undefined){
let data55 = data53.code;
if(typeof data55 === "string"){
if(func2(data55) < 1){
const err113 = {instancePath:instancePath+"/latestObservation/component/codes/" + i9+"/code",schemaPath:"#/properties/latestObservation/properties/component/properties/codes/items/properties/code/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
else {
const err114 = {instancePath:instancePath+"/latestObservation/component/codes/" + i9+"/code",schemaPath:"#/properties/latestObservation/properties/component/properties/codes/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
}
else {
const err115 = {instancePath:instancePath+"/latestObservation/component/codes/" + i9,schemaPath:"#/properties/latestObservation/properties/component/properties/codes/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
}
else {
const err116 = {instancePath:instancePath+"/latestObservation/component/codes",schemaPath:"#/properties/latestObservation/properties/component/properties/codes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
}
else {
const err117 = {instancePath:instancePath+"/latestObservation/component",schemaPath:"#/properties/latestObservation/properties/component/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data38.value !== undefined){
let data56 = data38.value;
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
if(data56.comparator === undefined){
const err118 = {instancePath:instancePath+"/latestObservation/value",schemaPath:"#/properties/latestObservation/properties/value/required",keyword:"required",params:{missingProperty: "comparator"},message:"must have required property '"+"comparator"+"'"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
if(data56.value === undefined){
const err119 = {instancePath:instancePath+"/latestObservation/value",schemaPath:"#/properties/latestObservation/properties/value/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
if(data56.unit === undefined){
const err120 = {instancePath:instancePath+"/latestObservation/value",schemaPath:"#/properties/latestObservation/properties/value/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
for(const key14 in data56){
if(!(((key14 === "comparator") || (key14 === "value")) || (key14 === "unit"))){
const err121 = {instancePath:instancePath+"/latestObservation/value",schemaPath:"#/properties/latestObservation/properties/value/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
if(data56.comparator !== undefined){
let data57 = data56.comparator;
if(typeof data57 !== "string"){
const err122 = {instancePath:instancePath+"/latestObservation/value/comparator",schemaPath:"#/properties/latestObservation/properties/value/properties/comparator/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
if(!(((((data57 === ">=") || (data57 === ">")) || (data57 === "<=")) || (data57 === "<")) || (data57 === "="))){
const err123 = {instancePath:instancePath+"/latestObservation/value/comparator",schemaPath:"#/properties/latestObservation/properties/value/properties/comparator/enum",keyword:"enum",params:{allowedValues: schema18.properties.latestObservation.properties.value.properties.comparator.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data56.value !== undefined){
let data58 = data56.value;
if(!((typeof data58 == "number") && (isFinite(data58)))){
const err124 = {instancePath:instancePath+"/latestObservation/value/value",schemaPath:"#/properties/latestObservation/properties/value/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data56.unit !== undefined){
let data59 = data56.unit;
if(typeof data59 === "string"){
if(func2(data59) < 1){
const err125 = {instancePath:instancePath+"/latestObservation/value/unit",schemaPath:"#/properties/latestObservation/properties/value/properties/unit/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
else {
const err126 = {instancePath:instancePath+"/latestObservation/value/unit",schemaPath:"#/properties/latestObservation/properties/value/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
}
else {
const err127 = {instancePath:instancePath+"/latestObservation/value",schemaPath:"#/properties/latestObservation/properties/value/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
}
else {
const err128 = {instancePath:instancePath+"/latestObservation",schemaPath:"#/properties/latestObservation/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
if(data.engagement !== undefined){
let data60 = data.engagement;
if(data60 && typeof data60 == "object" && !Array.isArray(data60)){
if(data60.kind === undefined){
const err129 = {instancePath:instancePath+"/engagement",schemaPath:"#/properties/engagement/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
for(const key15 in data60){
if(!((((((key15 === "kind") || (key15 === "journeyId")) || (key15 === "campaignId")) || (key15 === "templateId")) || (key15 === "eventId")) || (key15 === "within"))){
const err130 = {instancePath:instancePath+"/engagement",schemaPath:"#/properties/engagement/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
if(data60.kind !== undefined){
let data61 = data60.kind;
if(typeof data61 !== "string"){
const err131 = {instancePath:instancePath+"/engagement/kind",schemaPath:"#/properties/engagement/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
if(!((((((data61 === "received") || (data61 === "opened")) || (data61 === "clicked")) || (data61 === "ignored")) || (data61 === "registered")) || (data61 === "attended"))){
const err132 = {instancePath:instancePath+"/engagement/kind",schemaPath:"#/properties/engagement/properties/kind/enum",keyword:"enum",params:{allowedValues: schema18.properties.engagement.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data60.journeyId !== undefined){
let data62 = data60.journeyId;
if(typeof data62 === "string"){
if(func2(data62) < 1){
const err133 = {instancePath:instancePath+"/engagement/journeyId",schemaPath:"#/properties/engagement/properties/journeyId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
else {
const err134 = {instancePath:instancePath+"/engagement/journeyId",schemaPath:"#/properties/engagement/properties/journeyId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
if(data60.campaignId !== undefined){
let data63 = data60.campaignId;
if(typeof data63 === "string"){
if(func2(data63) < 1){
const err135 = {instancePath:instancePath+"/engagement/campaignId",schemaPath:"#/properties/engagement/properties/campaignId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
else {
const err136 = {instancePath:instancePath+"/engagement/campaignId",schemaPath:"#/properties/engagement/properties/campaignId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
if(data60.templateId !== undefined){
let data64 = data60.templateId;
if(typeof data64 === "string"){
if(func2(data64) < 1){
const err137 = {instancePath:instancePath+"/engagement/templateId",schemaPath:"#/properties/engagement/properties/templateId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
else {
const err138 = {instancePath:instancePath+"/engagement/templateId",schemaPath:"#/properties/engagement/properties/templateId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data60.eventId !== undefined){
let data65 = data60.eventId;
if(typeof data65 === "string"){
if(func2(data65) < 1){
const err139 = {instancePath:instancePath+"/engagement/eventId",schemaPath:"#/properties/engagement/properties/eventId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
else {
const err140 = {instancePath:instancePath+"/engagement/eventId",schemaPath:"#/properties/engagement/properties/eventId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
if(data60.within !== undefined){
let data66 = data60.within;
if(data66 && typeof data66 == "object" && !Array.isArray(data66)){
if(Object.keys(data66).length > 1){
const err141 = {instancePath:instancePath+"/engagement/within",schemaPath:"#/properties/engagement/properties/within/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
if(Object.keys(data66).length < 1){
const err142 = {instancePath:instancePath+"/engagement/within",schemaPath:"#/properties/engagement/properties/within/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
for(const key16 in data66){
if(!(((((key16 === "last") || (key16 === "next")) || (key16 === "before")) || (key16 === "between")) || (key16 === "sinceAnnual"))){
const err143 = {instancePath:instancePath+"/engagement/within",schemaPath:"#/properties/engagement/properties/within/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data66.last !== undefined){
if(typeof data66.last !== "string"){
const err144 = {instancePath:instancePath+"/engagement/within/last",schemaPath:"#/properties/engagement/properties/within/properties/last/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
if(data66.next !== undefined){
if(typeof data66.next !== "string"){
const err145 = {instancePath:instancePath+"/engagement/within/next",schemaPath:"#/properties/engagement/properties/within/properties/next/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
if(data66.before !== undefined){
if(typeof data66.before !== "string"){
const err146 = {instancePath:instancePath+"/engagement/within/before",schemaPath:"#/properties/engagement/properties/within/properties/before/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data66.between !== undefined){
let data70 = data66.between;
if(data70 && typeof data70 == "object" && !Array.isArray(data70)){
if(Object.keys(data70).length < 1){
const err147 = {instancePath:instancePath+"/engagement/within/between",schemaPath:"#/properties/engagement/properties/within/properties/between/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
for(const key17 in data70){
if(!((key17 === "from") || (key17 === "to"))){
const err148 = {instancePath:instancePath+"/engagement/within/between",schemaPath:"#/properties/engagement/properties/within/properties/between/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
if(data70.from !== undefined){
let data71 = data70.from;
if(typeof data71 === "string"){
if(!(formats0.validate(data71))){
const err149 = {instancePath:instancePath+"/engagement/within/between/from",schemaPath:"#/properties/engagement/properties/within/properties/between/properties/from/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
else {
const err150 = {instancePath:instancePath+"/engagement/within/between/from",schemaPath:"#/properties/engagement/properties/within/properties/between/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
if(data70.to !== undefined){
let data72 = data70.to;
if(typeof data72 === "string"){
if(!(formats0.validate(data72))){
const err151 = {instancePath:instancePath+"/engagement/within/between/to",schemaPath:"#/properties/engagement/properties/within/properties/between/properties/to/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
else {
const err152 = {instancePath:instancePath+"/engagement/within/between/to",schemaPath:"#/properties/engagement/properties/within/properties/between/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
}
else {
const err153 = {instancePath:instancePath+"/engagement/within/between",schemaPath:"#/properties/engagement/properties/within/properties/between/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
if(data66.sinceAnnual !== undefined){
let data73 = data66.sinceAnnual;
if(typeof data73 === "string"){
if(!pattern26.test(data73)){
const err154 = {instancePath:instancePath+"/engagement/within/sinceAnnual",schemaPath:"#/properties/engagement/properties/within/properties/sinceAnnual/pattern",keyword:"pattern",params:{pattern: "^--(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"},message:"must match pattern \""+"^--(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"+"\""};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
else {
const err155 = {instancePath:instancePath+"/engagement/within/sinceAnnual",schemaPath:"#/properties/engagement/properties/within/properties/sinceAnnual/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
}
else {
const err156 = {instancePath:instancePath+"/engagement/within",schemaPath:"#/properties/engagement/properties/within/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
}
else {
const err157 = {instancePath:instancePath+"/engagement",schemaPath:"#/properties/engagement/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
if(data.inSegment !== undefined){
let data74 = data.inSegment;
if(typeof data74 === "string"){
if(func2(data74) < 1){
const err158 = {instancePath:instancePath+"/inSegment",schemaPath:"#/properties/inSegment/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
else {
const err159 = {instancePath:instancePath+"/inSegment",schemaPath:"#/properties/inSegment/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
if(data.fhirpath !== undefined){
let data75 = data.fhirpath;
if(typeof data75 === "string"){
if(func2(data75) < 1){
const err160 = {instancePath:instancePath+"/fhirpath",schemaPath:"#/properties/fhirpath/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
else {
const err161 = {instancePath:instancePath+"/fhirpath",schemaPath:"#/properties/fhirpath/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
}
else {
const err162 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}


function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://patient-outreach.dev/schemas/segment-definition-v1.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schemaVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schemaVersion"},message:"must have required property '"+"schemaVersion"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.name === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.description === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.criteria === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "criteria"},message:"must have required property '"+"criteria"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "schemaVersion") || (key0 === "id")) || (key0 === "name")) || (key0 === "description")) || (key0 === "sources")) || (key0 === "criteria"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.schemaVersion !== undefined){
if(1 !== data.schemaVersion){
const err6 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
if(typeof data2 === "string"){
if(func2(data2) > 200){
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func2(data2) < 1){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.description !== undefined){
let data3 = data.description;
if(typeof data3 === "string"){
if(func2(data3) > 2000){
const err12 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.sources !== undefined){
let data4 = data.sources;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err14 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/properties/sources/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/properties/sources/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.criteria !== undefined){
if(!(validate33(data.criteria, {instancePath:instancePath+"/criteria",parentData:data,parentDataProperty:"criteria",rootData}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}

export const validateStaticSegment = validate35;
const schema19 = {"type":"object","required":["kind","id","name"],"additionalProperties":false,"properties":{"kind":{"type":"string","enum":["static"],"description":"members are uploaded (PUT /segments/{segmentId}/members)"},"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,63}$","description":"lower-case letters, digits and hyphens, at most 64"},"name":{"type":"string","minLength":1,"maxLength":200},"description":{"type":"string","maxLength":2000}}};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.name === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "kind") || (key0 === "id")) || (key0 === "name")) || (key0 === "description"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(data0 === "static")){
const err5 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema19.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
if(typeof data2 === "string"){
if(func2(data2) > 200){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func2(data2) < 1){
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.description !== undefined){
let data3 = data.description;
if(typeof data3 === "string"){
if(func2(data3) > 2000){
const err11 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}

export const validateStartComputationInput = validate36;
const schema20 = {"type":"object","required":["computationId","segmentId","reason"],"additionalProperties":false,"properties":{"computationId":{"type":"string","pattern":"^[A-Za-z0-9_-]{1,80}$"},"segmentId":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,63}$"},"reason":{"type":"string","enum":["activated","archived","requested","uploaded"]}}};
const pattern30 = new RegExp("^[A-Za-z0-9_-]{1,80}$", "u");

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.computationId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "computationId"},message:"must have required property '"+"computationId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.segmentId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "segmentId"},message:"must have required property '"+"segmentId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.reason === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "computationId") || (key0 === "segmentId")) || (key0 === "reason"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.computationId !== undefined){
let data0 = data.computationId;
if(typeof data0 === "string"){
if(!pattern30.test(data0)){
const err4 = {instancePath:instancePath+"/computationId",schemaPath:"#/properties/computationId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,80}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,80}$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/computationId",schemaPath:"#/properties/computationId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.segmentId !== undefined){
let data1 = data.segmentId;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err6 = {instancePath:instancePath+"/segmentId",schemaPath:"#/properties/segmentId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/segmentId",schemaPath:"#/properties/segmentId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.reason !== undefined){
let data2 = data.reason;
if(typeof data2 !== "string"){
const err8 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!((((data2 === "activated") || (data2 === "archived")) || (data2 === "requested")) || (data2 === "uploaded"))){
const err9 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/enum",keyword:"enum",params:{allowedValues: schema20.properties.reason.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}

export const validateComputePageInput = validate37;
const schema21 = {"type":"object","required":["computationId","shard"],"additionalProperties":false,"properties":{"computationId":{"type":"string","pattern":"^[A-Za-z0-9_-]{1,80}$"},"shard":{"type":"integer","minimum":0,"maximum":999}}};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.computationId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "computationId"},message:"must have required property '"+"computationId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.shard === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "shard"},message:"must have required property '"+"shard"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "computationId") || (key0 === "shard"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.computationId !== undefined){
let data0 = data.computationId;
if(typeof data0 === "string"){
if(!pattern30.test(data0)){
const err3 = {instancePath:instancePath+"/computationId",schemaPath:"#/properties/computationId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,80}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,80}$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/computationId",schemaPath:"#/properties/computationId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.shard !== undefined){
let data1 = data.shard;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err5 = {instancePath:instancePath+"/shard",schemaPath:"#/properties/shard/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 999 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/shard",schemaPath:"#/properties/shard/maximum",keyword:"maximum",params:{comparison: "<=", limit: 999},message:"must be <= 999"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/shard",schemaPath:"#/properties/shard/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}

export const validateFinishComputationInput = validate38;
const schema22 = {"type":"object","required":["computationId"],"additionalProperties":false,"properties":{"computationId":{"type":"string","pattern":"^[A-Za-z0-9_-]{1,80}$"},"failed":{"type":"boolean"}}};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.computationId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "computationId"},message:"must have required property '"+"computationId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "computationId") || (key0 === "failed"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.computationId !== undefined){
let data0 = data.computationId;
if(typeof data0 === "string"){
if(!pattern30.test(data0)){
const err2 = {instancePath:instancePath+"/computationId",schemaPath:"#/properties/computationId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,80}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,80}$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/computationId",schemaPath:"#/properties/computationId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.failed !== undefined){
if(typeof data.failed !== "boolean"){
const err4 = {instancePath:instancePath+"/failed",schemaPath:"#/properties/failed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}

export const validateJourneyEnvelope = validate39;
const schema23 = {"type":"object","required":["schemaVersion","id","name","entry","reEntry","start","steps"],"additionalProperties":false,"properties":{"schemaVersion":{"type":"integer","enum":[1]},"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,39}$"},"name":{"type":"string","minLength":1,"maxLength":200},"description":{"type":"string","maxLength":2000},"entry":{"type":"object","description":"Exactly one key: how patients enter.","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"segmentEntered":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,63}$"},"fhirTrigger":{"type":"object","required":["resourceType"],"additionalProperties":false,"properties":{"resourceType":{"type":"string","enum":["Patient","Appointment","Encounter","Observation","Condition","Procedure","Immunization","MedicationRequest","ServiceRequest","EpisodeOfCare"]},"actions":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["create","update","delete"]},"description":"default: every action"},"condition":{"type":"string","minLength":1,"maxLength":2000,"description":"FHIRPath, true to match: `%current` is the resource after the change (empty for a delete), `%previous` before it (empty for a create)"},"keyedBy":{"type":"string","enum":["resource","patient"],"description":"resource: one run per triggering resource (per appointment); patient (default): per patient"}}},"staffRequest":{"type":"object","additionalProperties":false,"properties":{}},"scheduledEnrolment":{"type":"object","required":["segmentId","schedule"],"additionalProperties":false,"properties":{"segmentId":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,63}$"},"schedule":{"type":"string","pattern":"^(cron\\(.+\\)|rate\\(.+\\)|at\\(.+\\))$","description":"EventBridge Scheduler expression: the segment’s current members are enrolled each time"},"timeZone":{"type":"string","pattern":"^[A-Za-z_]+(/[A-Za-z0-9_+-]+){0,2}$","description":"the IANA zone the schedule is read in (default UTC), e.g. America/New_York"}}}}},"reEntry":{"type":"object","required":["policy"],"additionalProperties":false,"properties":{"policy":{"type":"string","enum":["once","after-cool-down","always"]},"coolDown":{"type":"string","pattern":"^P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?)?$","description":"with after-cool-down: the time since the last entry"}}},"exitWhen":{"type":"array","maxItems":10,"items":{"type":"object","description":"Exactly one key: the kind of event.","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"segmentEntered":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,63}$"},"segmentExited":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,63}$"},"fhirChange":{"type":"object","required":["resourceType"],"additionalProperties":false,"properties":{"resourceType":{"type":"string","enum":["Patient","Appointment","Encounter","Observation","Condition","Procedure","Immunization","MedicationRequest","ServiceRequest","EpisodeOfCare"]},"actions":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["create","update","delete"]},"description":"default: every action"},"condition":{"type":"string","minLength":1,"maxLength":2000,"description":"FHIRPath, true to match: `%current` is the resource after the change (empty for a delete), `%previous` before it (empty for a create)"},"sameResource":{"type":"boolean","description":"only a change of the resource that started the journey (the appointment it reminds of)"}}},"reply":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,63}$","description":"a Patient Replied event (SMS keyword or link), e.g. appointment-confirmed"},"engagement":{"type":"string","enum":["opened","clicked"],"description":"the patient opened or clicked a message of this journey"}}}},"goal":{"type":"object","description":"Exactly one key: the kind of event.","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"segmentEntered":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,63}$"},"segmentExited":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,63}$"},"fhirChange":{"type":"object","required":["resourceType"],"additionalProperties":false,"properties":{"resourceType":{"type":"string","enum":["Patient","Appointment","Encounter","Observation","Condition","Procedure","Immunization","MedicationRequest","ServiceRequest","EpisodeOfCare"]},"actions":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["create","update","delete"]},"description":"default: every action"},"condition":{"type":"string","minLength":1,"maxLength":2000,"description":"FHIRPath, true to match: `%current` is the resource after the change (empty for a delete), `%previous` before it (empty for a create)"},"sameResource":{"type":"boolean","description":"only a change of the resource that started the journey (the appointment it reminds of)"}}},"reply":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,63}$","description":"a Patient Replied event (SMS keyword or link), e.g. appointment-confirmed"},"engagement":{"type":"string","enum":["opened","clicked"],"description":"the patient opened or clicked a message of this journey"}}},"start":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,47}$"},"steps":{"type":"object","minProperties":1,"maxProperties":100,"propertyNames":{"pattern":"^[a-z0-9][a-z0-9-]{0,47}$"},"additionalProperties":{"type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["send","wait","wait-for-event","branch","create-activity","update-attribute","exit"]}}}}}};
const pattern34 = new RegExp("^[a-z0-9][a-z0-9-]{0,39}$", "u");
const pattern37 = new RegExp("^(cron\\(.+\\)|rate\\(.+\\)|at\\(.+\\))$", "u");
const pattern38 = new RegExp("^[A-Za-z_]+(/[A-Za-z0-9_+-]+){0,2}$", "u");
const pattern39 = new RegExp("^P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?)?$", "u");
const pattern46 = new RegExp("^[a-z0-9][a-z0-9-]{0,47}$", "u");

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schemaVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schemaVersion"},message:"must have required property '"+"schemaVersion"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.name === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.entry === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entry"},message:"must have required property '"+"entry"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.reEntry === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reEntry"},message:"must have required property '"+"reEntry"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.start === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.steps === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "steps"},message:"must have required property '"+"steps"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(func55.call(schema23.properties, key0))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.schemaVersion !== undefined){
let data0 = data.schemaVersion;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err8 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(data0 === 1)){
const err9 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/enum",keyword:"enum",params:{allowedValues: schema23.properties.schemaVersion.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(!pattern34.test(data1)){
const err10 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,39}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,39}$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
if(typeof data2 === "string"){
if(func2(data2) > 200){
const err12 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(func2(data2) < 1){
const err13 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.description !== undefined){
let data3 = data.description;
if(typeof data3 === "string"){
if(func2(data3) > 2000){
const err15 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.entry !== undefined){
let data4 = data.entry;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(Object.keys(data4).length > 1){
const err17 = {instancePath:instancePath+"/entry",schemaPath:"#/properties/entry/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(Object.keys(data4).length < 1){
const err18 = {instancePath:instancePath+"/entry",schemaPath:"#/properties/entry/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key1 in data4){
if(!((((key1 === "segmentEntered") || (key1 === "fhirTrigger")) || (key1 === "staffRequest")) || (key1 === "scheduledEnrolment"))){
const err19 = {instancePath:instancePath+"/entry",schemaPath:"#/properties/entry/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data4.segmentEntered !== undefined){
let data5 = data4.segmentEntered;
if(typeof data5 === "string"){
if(!pattern4.test(data5)){
const err20 = {instancePath:instancePath+"/entry/segmentEntered",schemaPath:"#/properties/entry/properties/segmentEntered/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/entry/segmentEntered",schemaPath:"#/properties/entry/properties/segmentEntered/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data4.fhirTrigger !== undefined){
let data6 = data4.fhirTrigger;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.resourceType === undefined){
const err22 = {instancePath:instancePath+"/entry/fhirTrigger",schemaPath:"#/properties/entry/properties/fhirTrigger/required",keyword:"required",params:{missingProperty: "resourceType"},message:"must have required property '"+"resourceType"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key2 in data6){
if(!((((key2 === "resourceType") || (key2 === "actions")) || (key2 === "condition")) || (key2 === "keyedBy"))){
const err23 = {instancePath:instancePath+"/entry/fhirTrigger",schemaPath:"#/properties/entry/properties/fhirTrigger/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data6.resourceType !== undefined){
let data7 = data6.resourceType;
if(typeof data7 !== "string"){
const err24 = {instancePath:instancePath+"/entry/fhirTrigger/resourceType",schemaPath:"#/properties/entry/properties/fhirTrigger/properties/resourceType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!((((((((((data7 === "Patient") || (data7 === "Appointment")) || (data7 === "Encounter")) || (data7 === "Observation")) || (data7 === "Condition")) || (data7 === "Procedure")) || (data7 === "Immunization")) || (data7 === "MedicationRequest")) || (data7 === "ServiceRequest")) || (data7 === "EpisodeOfCare"))){
const err25 = {instancePath:instancePath+"/entry/fhirTrigger/resourceType",schemaPath:"#/properties/entry/properties/fhirTrigger/properties/resourceType/enum",keyword:"enum",params:{allowedValues: schema23.properties.entry.properties.fhirTrigger.properties.resourceType.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data6.actions !== undefined){
let data8 = data6.actions;
if(Array.isArray(data8)){
if(data8.length < 1){
const err26 = {instancePath:instancePath+"/entry/fhirTrigger/actions",schemaPath:"#/properties/entry/properties/fhirTrigger/properties/actions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(typeof data9 !== "string"){
const err27 = {instancePath:instancePath+"/entry/fhirTrigger/actions/" + i0,schemaPath:"#/properties/entry/properties/fhirTrigger/properties/actions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!(((data9 === "create") || (data9 === "update")) || (data9 === "delete"))){
const err28 = {instancePath:instancePath+"/entry/fhirTrigger/actions/" + i0,schemaPath:"#/properties/entry/properties/fhirTrigger/properties/actions/items/enum",keyword:"enum",params:{allowedValues: schema23.properties.entry.properties.fhirTrigger.properties.actions.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
let i1 = data8.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data8[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err29 = {instancePath:instancePath+"/entry/fhirTrigger/actions",schemaPath:"#/properties/entry/properties/fhirTrigger/properties/actions/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err30 = {instancePath:instancePath+"/entry/fhirTrigger/actions",schemaPath:"#/properties/entry/properties/fhirTrigger/properties/actions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data6.condition !== undefined){
let data10 = data6.condition;
if(typeof data10 === "string"){
if(func2(data10) > 2000){
const err31 = {instancePath:instancePath+"/entry/fhirTrigger/condition",schemaPath:"#/properties/entry/properties/fhirTrigger/properties/condition/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(func2(data10) < 1){
const err32 = {instancePath:instancePath+"/entry/fhirTrigger/condition",schemaPath:"#/properties/entry/properties/fhirTrigger/properties/condition/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/entry/fhirTrigger/condition",schemaPath:"#/properties/entry/properties/fhirTrigger/properties/condition/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data6.keyedBy !== undefined){
let data11 = data6.keyedBy;
if(typeof data11 !== "string"){
const err34 = {instancePath:instancePath+"/entry/fhirTrigger/keyedBy",schemaPath:"#/properties/entry/properties/fhirTrigger/properties/keyedBy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(!((data11 === "resource") || (data11 === "patient"))){
const err35 = {instancePath:instancePath+"/entry/fhirTrigger/keyedBy",schemaPath:"#/properties/entry/properties/fhirTrigger/properties/keyedBy/enum",keyword:"enum",params:{allowedValues: schema23.properties.entry.properties.fhirTrigger.properties.keyedBy.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/entry/fhirTrigger",schemaPath:"#/properties/entry/properties/fhirTrigger/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data4.staffRequest !== undefined){
let data12 = data4.staffRequest;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key3 in data12){
const err37 = {instancePath:instancePath+"/entry/staffRequest",schemaPath:"#/properties/entry/properties/staffRequest/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/entry/staffRequest",schemaPath:"#/properties/entry/properties/staffRequest/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data4.scheduledEnrolment !== undefined){
let data13 = data4.scheduledEnrolment;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.segmentId === undefined){
const err39 = {instancePath:instancePath+"/entry/scheduledEnrolment",schemaPath:"#/properties/entry/properties/scheduledEnrolment/required",keyword:"required",params:{missingProperty: "segmentId"},message:"must have required property '"+"segmentId"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data13.schedule === undefined){
const err40 = {instancePath:instancePath+"/entry/scheduledEnrolment",schemaPath:"#/properties/entry/properties/scheduledEnrolment/required",keyword:"required",params:{missingProperty: "schedule"},message:"must have required property '"+"schedule"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
for(const key4 in data13){
if(!(((key4 === "segmentId") || (key4 === "schedule")) || (key4 === "timeZone"))){
const err41 = {instancePath:instancePath+"/entry/scheduledEnrolment",schemaPath:"#/properties/entry/properties/scheduledEnrolment/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data13.segmentId !== undefined){
let data14 = data13.segmentId;
if(typeof data14 === "string"){
if(!pattern4.test(data14)){
const err42 = {instancePath:instancePath+"/entry/scheduledEnrolment/segmentId",schemaPath:"#/properties/entry/properties/scheduledEnrolment/properties/segmentId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/entry/scheduledEnrolment/segmentId",schemaPath:"#/properties/entry/properties/scheduledEnrolment/properties/segmentId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data13.schedule !== undefined){
let data15 = data13.schedule;
if(typeof data15 === "string"){
if(!pattern37.test(data15)){
const err44 = {instancePath:instancePath+"/entry/scheduledEnrolment/schedule",schemaPath:"#/properties/entry/properties/scheduledEnrolment/properties/schedule/pattern",keyword:"pattern",params:{pattern: "^(cron\\(.+\\)|rate\\(.+\\)|at\\(.+\\))$"},message:"must match pattern \""+"^(cron\\(.+\\)|rate\\(.+\\)|at\\(.+\\))$"+"\""};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/entry/scheduledEnrolment/schedule",schemaPath:"#/properties/entry/properties/scheduledEnrolment/properties/schedule/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data13.timeZone !== undefined){
let data16 = data13.timeZone;
if(typeof data16 === "string"){
if(!pattern38.test(data16)){
const err46 = {instancePath:instancePath+"/entry/scheduledEnrolment/timeZone",schemaPath:"#/properties/entry/properties/scheduledEnrolment/properties/timeZone/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_]+(/[A-Za-z0-9_+-]+){0,2}$"},message:"must match pattern \""+"^[A-Za-z_]+(/[A-Za-z0-9_+-]+){0,2}$"+"\""};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/entry/scheduledEnrolment/timeZone",schemaPath:"#/properties/entry/properties/scheduledEnrolment/properties/timeZone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/entry/scheduledEnrolment",schemaPath:"#/properties/entry/properties/scheduledEnrolment/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/entry",schemaPath:"#/properties/entry/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.reEntry !== undefined){
let data17 = data.reEntry;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.policy === undefined){
const err50 = {instancePath:instancePath+"/reEntry",schemaPath:"#/properties/reEntry/required",keyword:"required",params:{missingProperty: "policy"},message:"must have required property '"+"policy"+"'"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
for(const key5 in data17){
if(!((key5 === "policy") || (key5 === "coolDown"))){
const err51 = {instancePath:instancePath+"/reEntry",schemaPath:"#/properties/reEntry/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data17.policy !== undefined){
let data18 = data17.policy;
if(typeof data18 !== "string"){
const err52 = {instancePath:instancePath+"/reEntry/policy",schemaPath:"#/properties/reEntry/properties/policy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(!(((data18 === "once") || (data18 === "after-cool-down")) || (data18 === "always"))){
const err53 = {instancePath:instancePath+"/reEntry/policy",schemaPath:"#/properties/reEntry/properties/policy/enum",keyword:"enum",params:{allowedValues: schema23.properties.reEntry.properties.policy.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data17.coolDown !== undefined){
let data19 = data17.coolDown;
if(typeof data19 === "string"){
if(!pattern39.test(data19)){
const err54 = {instancePath:instancePath+"/reEntry/coolDown",schemaPath:"#/properties/reEntry/properties/coolDown/pattern",keyword:"pattern",params:{pattern: "^P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?)?$"},message:"must match pattern \""+"^P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?)?$"+"\""};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/reEntry/coolDown",schemaPath:"#/properties/reEntry/properties/coolDown/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/reEntry",schemaPath:"#/properties/reEntry/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.exitWhen !== undefined){
let data20 = data.exitWhen;
if(Array.isArray(data20)){
if(data20.length > 10){
const err57 = {instancePath:instancePath+"/exitWhen",schemaPath:"#/properties/exitWhen/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
const len1 = data20.length;
for(let i2=0; i2<len1; i2++){
let data21 = data20[i2];
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(Object.keys(data21).length > 1){
const err58 = {instancePath:instancePath+"/exitWhen/" + i2,schemaPath:"#/properties/exitWhen/items/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(Object.keys(data21).length < 1){
const err59 = {instancePath:instancePath+"/exitWhen/" + i2,schemaPath:"#/properties/exitWhen/items/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
for(const key6 in data21){
if(!(((((key6 === "segmentEntered") || (key6 === "segmentExited")) || (key6 === "fhirChange")) || (key6 === "reply")) || (key6 === "engagement"))){
const err60 = {instancePath:instancePath+"/exitWhen/" + i2,schemaPath:"#/properties/exitWhen/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data21.segmentEntered !== undefined){
let data22 = data21.segmentEntered;
if(typeof data22 === "string"){
if(!pattern4.test(data22)){
const err61 = {instancePath:instancePath+"/exitWhen/" + i2+"/segmentEntered",schemaPath:"#/properties/exitWhen/items/properties/segmentEntered/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/exitWhen/" + i2+"/segmentEntered",schemaPath:"#/properties/exitWhen/items/properties/segmentEntered/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data21.segmentExited !== undefined){
let data23 = data21.segmentExited;
if(typeof data23 === "string"){
if(!pattern4.test(data23)){
const err63 = {instancePath:instancePath+"/exitWhen/" + i2+"/segmentExited",schemaPath:"#/properties/exitWhen/items/properties/segmentExited/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
else {
const err64 = {instancePath:instancePath+"/exitWhen/" + i2+"/segmentExited",schemaPath:"#/properties/exitWhen/items/properties/segmentExited/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data21.fhirChange !== undefined){
let data24 = data21.fhirChange;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.resourceType === undefined){
const err65 = {instancePath:instancePath+"/exitWhen/" + i2+"/fhirChange",schemaPath:"#/properties/exitWhen/items/properties/fhirChange/required",keyword:"required",params:{missingProperty: "resourceType"},message:"must have required property '"+"resourceType"+"'"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
for(const key7 in data24){
if(!((((key7 === "resourceType") || (key7 === "actions")) || (key7 === "condition")) || (key7 === "sameResource"))){
const err66 = {instancePath:instancePath+"/exitWhen/" + i2+"/fhirChange",schemaPath:"#/properties/exitWhen/items/properties/fhirChange/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data24.resourceType !== undefined){
let data25 = data24.resourceType;
if(typeof data25 !== "string"){
const err67 = {instancePath:instancePath+"/exitWhen/" + i2+"/fhirChange/resourceType",schemaPath:"#/properties/exitWhen/items/properties/fhirChange/properties/resourceType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(!((((((((((data25 === "Patient") || (data25 === "Appointment")) || (data25 === "Encounter")) || (data25 === "Observation")) || (data25 === "Condition")) || (data25 === "Procedure")) || (data25 === "Immunization")) || (data25 === "MedicationRequest")) || (data25 === "ServiceRequest")) || (data25 === "EpisodeOfCare"))){
const err68 = {instancePath:instancePath+"/exitWhen/" + i2+"/fhirChange/resourceType",schemaPath:"#/properties/exitWhen/items/properties/fhirChange/properties/resourceType/enum",keyword:"enum",params:{allowedValues: schema23.properties.exitWhen.items.properties.fhirChange.properties.resourceType.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data24.actions !== undefined){
let data26 = data24.actions;
if(Array.isArray(data26)){
if(data26.length < 1){
const err69 = {instancePath:instancePath+"/exitWhen/" + i2+"/fhirChange/actions",schemaPath:"#/properties/exitWhen/items/properties/fhirChange/properties/actions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
const len2 = data26.length;
for(let i3=0; i3<len2; i3++){
let data27 = data26[i3];
if(typeof data27 !== "string"){
const err70 = {instancePath:instancePath+"/exitWhen/" + i2+"/fhirChange/actions/" + i3,schemaPath:"#/properties/exitWhen/items/properties/fhirChange/properties/actions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(!(((data27 === "create") || (data27 === "update")) || (data27 === "delete"))){
const err71 = {instancePath:instancePath+"/exitWhen/" + i2+"/fhirChange/actions/" + i3,schemaPath:"#/properties/exitWhen/items/properties/fhirChange/properties/actions/items/enum",keyword:"enum",params:{allowedValues: schema23.properties.exitWhen.items.properties.fhirChange.properties.actions.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
let i4 = data26.length;
let j1;
if(i4 > 1){
const indices1 = {};
for(;i4--;){
let item1 = data26[i4];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err72 = {instancePath:instancePath+"/exitWhen/" + i2+"/fhirChange/actions",schemaPath:"#/properties/exitWhen/items/properties/fhirChange/properties/actions/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
break;
}
indices1[item1] = i4;
}
}
}
else {
const err73 = {instancePath:instancePath+"/exitWhen/" + i2+"/fhirChange/actions",schemaPath:"#/properties/exitWhen/items/properties/fhirChange/properties/actions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data24.condition !== undefined){
let data28 = data24.condition;
if(typeof data28 === "string"){
if(func2(data28) > 2000){
const err74 = {instancePath:instancePath+"/exitWhen/" + i2+"/fhirChange/condition",schemaPath:"#/properties/exitWhen/items/properties/fhirChange/properties/condition/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(func2(data28) < 1){
const err75 = {instancePath:instancePath+"/exitWhen/" + i2+"/fhirChange/condition",schemaPath:"#/properties/exitWhen/items/properties/fhirChange/properties/condition/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
else {
const err76 = {instancePath:instancePath+"/exitWhen/" + i2+"/fhirChange/condition",schemaPath:"#/properties/exitWhen/items/properties/fhirChange/properties/condition/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data24.sameResource !== undefined){
if(typeof data24.sameResource !== "boolean"){
const err77 = {instancePath:instancePath+"/exitWhen/" + i2+"/fhirChange/sameResource",schemaPath:"#/properties/exitWhen/items/properties/fhirChange/properties/sameResource/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
else {
const err78 = {instancePath:instancePath+"/exitWhen/" + i2+"/fhirChange",schemaPath:"#/properties/exitWhen/items/properties/fhirChange/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data21.reply !== undefined){
let data30 = data21.reply;
if(typeof data30 === "string"){
if(!pattern4.test(data30)){
const err79 = {instancePath:instancePath+"/exitWhen/" + i2+"/reply",schemaPath:"#/properties/exitWhen/items/properties/reply/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/exitWhen/" + i2+"/reply",schemaPath:"#/properties/exitWhen/items/properties/reply/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data21.engagement !== undefined){
let data31 = data21.engagement;
if(typeof data31 !== "string"){
const err81 = {instancePath:instancePath+"/exitWhen/" + i2+"/engagement",schemaPath:"#/properties/exitWhen/items/properties/engagement/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(!((data31 === "opened") || (data31 === "clicked"))){
const err82 = {instancePath:instancePath+"/exitWhen/" + i2+"/engagement",schemaPath:"#/properties/exitWhen/items/properties/engagement/enum",keyword:"enum",params:{allowedValues: schema23.properties.exitWhen.items.properties.engagement.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
else {
const err83 = {instancePath:instancePath+"/exitWhen/" + i2,schemaPath:"#/properties/exitWhen/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
else {
const err84 = {instancePath:instancePath+"/exitWhen",schemaPath:"#/properties/exitWhen/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data.goal !== undefined){
let data32 = data.goal;
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
if(Object.keys(data32).length > 1){
const err85 = {instancePath:instancePath+"/goal",schemaPath:"#/properties/goal/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(Object.keys(data32).length < 1){
const err86 = {instancePath:instancePath+"/goal",schemaPath:"#/properties/goal/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
for(const key8 in data32){
if(!(((((key8 === "segmentEntered") || (key8 === "segmentExited")) || (key8 === "fhirChange")) || (key8 === "reply")) || (key8 === "engagement"))){
const err87 = {instancePath:instancePath+"/goal",schemaPath:"#/properties/goal/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data32.segmentEntered !== undefined){
let data33 = data32.segmentEntered;
if(typeof data33 === "string"){
if(!pattern4.test(data33)){
const err88 = {instancePath:instancePath+"/goal/segmentEntered",schemaPath:"#/properties/goal/properties/segmentEntered/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
else {
const err89 = {instancePath:instancePath+"/goal/segmentEntered",schemaPath:"#/properties/goal/properties/segmentEntered/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data32.segmentExited !== undefined){
let data34 = data32.segmentExited;
if(typeof data34 === "string"){
if(!pattern4.test(data34)){
const err90 = {instancePath:instancePath+"/goal/segmentExited",schemaPath:"#/properties/goal/properties/segmentExited/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
else {
const err91 = {instancePath:instancePath+"/goal/segmentExited",schemaPath:"#/properties/goal/properties/segmentExited/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data32.fhirChange !== undefined){
let data35 = data32.fhirChange;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(data35.resourceType === undefined){
const err92 = {instancePath:instancePath+"/goal/fhirChange",schemaPath:"#/properties/goal/properties/fhirChange/required",keyword:"required",params:{missingProperty: "resourceType"},message:"must have required property '"+"resourceType"+"'"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
for(const key9 in data35){
if(!((((key9 === "resourceType") || (key9 === "actions")) || (key9 === "condition")) || (key9 === "sameResource"))){
const err93 = {instancePath:instancePath+"/goal/fhirChange",schemaPath:"#/properties/goal/properties/fhirChange/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data35.resourceType !== undefined){
let data36 = data35.resourceType;
if(typeof data36 !== "string"){
const err94 = {instancePath:instancePath+"/goal/fhirChange/resourceType",schemaPath:"#/properties/goal/properties/fhirChange/properties/resourceType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(!((((((((((data36 === "Patient") || (data36 === "Appointment")) || (data36 === "Encounter")) || (data36 === "Observation")) || (data36 === "Condition")) || (data36 === "Procedure")) || (data36 === "Immunization")) || (data36 === "MedicationRequest")) || (data36 === "ServiceRequest")) || (data36 === "EpisodeOfCare"))){
const err95 = {instancePath:instancePath+"/goal/fhirChange/resourceType",schemaPath:"#/properties/goal/properties/fhirChange/properties/resourceType/enum",keyword:"enum",params:{allowedValues: schema23.properties.goal.properties.fhirChange.properties.resourceType.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data35.actions !== undefined){
let data37 = data35.actions;
if(Array.isArray(data37)){
if(data37.length < 1){
const err96 = {instancePath:instancePath+"/goal/fhirChange/actions",schemaPath:"#/properties/goal/properties/fhirChange/properties/actions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
const len3 = data37.length;
for(let i5=0; i5<len3; i5++){
let data38 = data37[i5];
if(typeof data38 !== "string"){
const err97 = {instancePath:instancePath+"/goal/fhirChange/actions/" + i5,schemaPath:"#/properties/goal/properties/fhirChange/properties/actions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(!(((data38 === "create") || (data38 === "update")) || (data38 === "delete"))){
const err98 = {instancePath:instancePath+"/goal/fhirChange/actions/" + i5,schemaPath:"#/properties/goal/properties/fhirChange/properties/actions/items/enum",keyword:"enum",params:{allowedValues: schema23.properties.goal.properties.fhirChange.properties.actions.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
let i6 = data37.length;
let j2;
if(i6 > 1){
const indices2 = {};
for(;i6--;){
let item2 = data37[i6];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err99 = {instancePath:instancePath+"/goal/fhirChange/actions",schemaPath:"#/properties/goal/properties/fhirChange/properties/actions/uniqueItems",keyword:"uniqueItems",params:{i: i6, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i6+" are identical)"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
break;
}
indices2[item2] = i6;
}
}
}
else {
const err100 = {instancePath:instancePath+"/goal/fhirChange/actions",schemaPath:"#/properties/goal/properties/fhirChange/properties/actions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data35.condition !== undefined){
let data39 = data35.condition;
if(typeof data39 === "string"){
if(func2(data39) > 2000){
const err101 = {instancePath:instancePath+"/goal/fhirChange/condition",schemaPath:"#/properties/goal/properties/fhirChange/properties/condition/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(func2(data39) < 1){
const err102 = {instancePath:instancePath+"/goal/fhirChange/condition",schemaPath:"#/properties/goal/properties/fhirChange/properties/condition/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
else {
const err103 = {instancePath:instancePath+"/goal/fhirChange/condition",schemaPath:"#/properties/goal/properties/fhirChange/properties/condition/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data35.sameResource !== undefined){
if(typeof data35.sameResource !== "boolean"){
const err104 = {instancePath:instancePath+"/goal/fhirChange/sameResource",schemaPath:"#/properties/goal/properties/fhirChange/properties/sameResource/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
}
else {
const err105 = {instancePath:instancePath+"/goal/fhirChange",schemaPath:"#/properties/goal/properties/fhirChange/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data32.reply !== undefined){
let data41 = data32.reply;
if(typeof data41 === "string"){
if(!pattern4.test(data41)){
const err106 = {instancePath:instancePath+"/goal/reply",schemaPath:"#/properties/goal/properties/reply/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
else {
const err107 = {instancePath:instancePath+"/goal/reply",schemaPath:"#/properties/goal/properties/reply/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data32.engagement !== undefined){
let data42 = data32.engagement;
if(typeof data42 !== "string"){
const err108 = {instancePath:instancePath+"/goal/engagement",schemaPath:"#/properties/goal/properties/engagement/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
if(!((data42 === "opened") || (data42 === "clicked"))){
const err109 = {instancePath:instancePath+"/goal/engagement",schemaPath:"#/properties/goal/properties/engagement/enum",keyword:"enum",params:{allowedValues: schema23.properties.goal.properties.engagement.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
}
else {
const err110 = {instancePath:instancePath+"/goal",schemaPath:"#/properties/goal/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data.start !== undefined){
let data43 = data.start;
if(typeof data43 === "string"){
if(!pattern46.test(data43)){
const err111 = {instancePath:instancePath+"/start",schemaPath:"#/properties/start/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,47}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,47}$"+"\""};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
else {
const err112 = {instancePath:instancePath+"/start",schemaPath:"#/properties/start/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data.steps !== undefined){
let data44 = data.steps;
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
if(Object.keys(data44).length > 100){
const err113 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/maxProperties",keyword:"maxProperties",params:{limit: 100},message:"must NOT have more than 100 properties"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
if(Object.keys(data44).length < 1){
const err114 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
for(const key10 in data44){
const _errs101 = errors;
if(typeof key10 === "string"){
if(!pattern46.test(key10)){
const err115 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,47}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,47}$"+"\"",propertyName:key10};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
var valid20 = _errs101 === errors;
if(!valid20){
const err116 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/propertyNames",keyword:"propertyNames",params:{propertyName: key10},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
for(const key11 in data44){
let data45 = data44[key11];
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
if(data45.type === undefined){
const err117 = {instancePath:instancePath+"/steps/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/steps/additionalProperties/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
if(data45.type !== undefined){
let data46 = data45.type;
if(typeof data46 !== "string"){
const err118 = {instancePath:instancePath+"/steps/" + key11.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/steps/additionalProperties/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
if(!(((((((data46 === "send") || (data46 === "wait")) || (data46 === "wait-for-event")) || (data46 === "branch")) || (data46 === "create-activity")) || (data46 === "update-attribute")) || (data46 === "exit"))){
const err119 = {instancePath:instancePath+"/steps/" + key11.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/properties/steps/additionalProperties/properties/type/enum",keyword:"enum",params:{allowedValues: schema23.properties.steps.additionalProperties.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
}
else {
const err120 = {instancePath:instancePath+"/steps/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/steps/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
}
else {
const err121 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
}
else {
const err122 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}

export const validateJourneyStepSend = validate40;
const schema24 = {"type":"object","required":["type","template","topic","channels","next"],"additionalProperties":false,"properties":{"type":{"type":"string","enum":["send"]},"template":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,63}$"},"topic":{"type":"string","enum":["appointment-reminders","care-gaps","campaigns","events","results","general"]},"channels":{"type":"array","minItems":1,"maxItems":4,"uniqueItems":true,"items":{"type":"string","enum":["email","sms","push","letter"]},"description":"in order of preference"},"fallback":{"type":"boolean","description":"later channels when the first cannot be used (default false)"},"quietHours":{"type":"string","enum":["defer","skip"],"description":"default defer"},"next":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,47}$"}}};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.template === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "template"},message:"must have required property '"+"template"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.topic === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "topic"},message:"must have required property '"+"topic"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.channels === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "channels"},message:"must have required property '"+"channels"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.next === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "next"},message:"must have required property '"+"next"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "type") || (key0 === "template")) || (key0 === "topic")) || (key0 === "channels")) || (key0 === "fallback")) || (key0 === "quietHours")) || (key0 === "next"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(data0 === "send")){
const err7 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema24.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.template !== undefined){
let data1 = data.template;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err8 = {instancePath:instancePath+"/template",schemaPath:"#/properties/template/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/template",schemaPath:"#/properties/template/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.topic !== undefined){
let data2 = data.topic;
if(typeof data2 !== "string"){
const err10 = {instancePath:instancePath+"/topic",schemaPath:"#/properties/topic/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!((((((data2 === "appointment-reminders") || (data2 === "care-gaps")) || (data2 === "campaigns")) || (data2 === "events")) || (data2 === "results")) || (data2 === "general"))){
const err11 = {instancePath:instancePath+"/topic",schemaPath:"#/properties/topic/enum",keyword:"enum",params:{allowedValues: schema24.properties.topic.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.channels !== undefined){
let data3 = data.channels;
if(Array.isArray(data3)){
if(data3.length > 4){
const err12 = {instancePath:instancePath+"/channels",schemaPath:"#/properties/channels/maxItems",keyword:"maxItems",params:{limit: 4},message:"must NOT have more than 4 items"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3.length < 1){
const err13 = {instancePath:instancePath+"/channels",schemaPath:"#/properties/channels/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 !== "string"){
const err14 = {instancePath:instancePath+"/channels/" + i0,schemaPath:"#/properties/channels/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!((((data4 === "email") || (data4 === "sms")) || (data4 === "push")) || (data4 === "letter"))){
const err15 = {instancePath:instancePath+"/channels/" + i0,schemaPath:"#/properties/channels/items/enum",keyword:"enum",params:{allowedValues: schema24.properties.channels.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
let i1 = data3.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data3[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err16 = {instancePath:instancePath+"/channels",schemaPath:"#/properties/channels/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err17 = {instancePath:instancePath+"/channels",schemaPath:"#/properties/channels/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.fallback !== undefined){
if(typeof data.fallback !== "boolean"){
const err18 = {instancePath:instancePath+"/fallback",schemaPath:"#/properties/fallback/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.quietHours !== undefined){
let data6 = data.quietHours;
if(typeof data6 !== "string"){
const err19 = {instancePath:instancePath+"/quietHours",schemaPath:"#/properties/quietHours/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!((data6 === "defer") || (data6 === "skip"))){
const err20 = {instancePath:instancePath+"/quietHours",schemaPath:"#/properties/quietHours/enum",keyword:"enum",params:{allowedValues: schema24.properties.quietHours.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.next !== undefined){
let data7 = data.next;
if(typeof data7 === "string"){
if(!pattern46.test(data7)){
const err21 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,47}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,47}$"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}

export const validateJourneyStepWait = validate41;
const schema25 = {"type":"object","required":["type","next"],"additionalProperties":false,"description":"Exactly one of `duration`, `untilResourceTime`, `untilLocalTime`.","properties":{"type":{"type":"string","enum":["wait"]},"duration":{"type":"string","pattern":"^P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?)?$"},"untilResourceTime":{"type":"object","required":["field"],"additionalProperties":false,"description":"a time of the triggering resource, offset (e.g. appointment start − 24 h)","properties":{"field":{"type":"string","enum":["start","end","date"]},"offset":{"type":"string","pattern":"^-?P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?)?$"}}},"untilLocalTime":{"type":"string","pattern":"^([01]\\d|2[0-3]):[0-5]\\d$","description":"the next occurrence of this wall-clock time in the patient’s time zone"},"next":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,47}$"}}};
const pattern51 = new RegExp("^-?P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?)?$", "u");
const pattern52 = new RegExp("^([01]\\d|2[0-3]):[0-5]\\d$", "u");

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.next === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "next"},message:"must have required property '"+"next"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "type") || (key0 === "duration")) || (key0 === "untilResourceTime")) || (key0 === "untilLocalTime")) || (key0 === "next"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(data0 === "wait")){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema25.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.duration !== undefined){
let data1 = data.duration;
if(typeof data1 === "string"){
if(!pattern39.test(data1)){
const err5 = {instancePath:instancePath+"/duration",schemaPath:"#/properties/duration/pattern",keyword:"pattern",params:{pattern: "^P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?)?$"},message:"must match pattern \""+"^P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?)?$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/duration",schemaPath:"#/properties/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.untilResourceTime !== undefined){
let data2 = data.untilResourceTime;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.field === undefined){
const err7 = {instancePath:instancePath+"/untilResourceTime",schemaPath:"#/properties/untilResourceTime/required",keyword:"required",params:{missingProperty: "field"},message:"must have required property '"+"field"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key1 in data2){
if(!((key1 === "field") || (key1 === "offset"))){
const err8 = {instancePath:instancePath+"/untilResourceTime",schemaPath:"#/properties/untilResourceTime/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.field !== undefined){
let data3 = data2.field;
if(typeof data3 !== "string"){
const err9 = {instancePath:instancePath+"/untilResourceTime/field",schemaPath:"#/properties/untilResourceTime/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(((data3 === "start") || (data3 === "end")) || (data3 === "date"))){
const err10 = {instancePath:instancePath+"/untilResourceTime/field",schemaPath:"#/properties/untilResourceTime/properties/field/enum",keyword:"enum",params:{allowedValues: schema25.properties.untilResourceTime.properties.field.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.offset !== undefined){
let data4 = data2.offset;
if(typeof data4 === "string"){
if(!pattern51.test(data4)){
const err11 = {instancePath:instancePath+"/untilResourceTime/offset",schemaPath:"#/properties/untilResourceTime/properties/offset/pattern",keyword:"pattern",params:{pattern: "^-?P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?)?$"},message:"must match pattern \""+"^-?P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?)?$"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/untilResourceTime/offset",schemaPath:"#/properties/untilResourceTime/properties/offset/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/untilResourceTime",schemaPath:"#/properties/untilResourceTime/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.untilLocalTime !== undefined){
let data5 = data.untilLocalTime;
if(typeof data5 === "string"){
if(!pattern52.test(data5)){
const err14 = {instancePath:instancePath+"/untilLocalTime",schemaPath:"#/properties/untilLocalTime/pattern",keyword:"pattern",params:{pattern: "^([01]\\d|2[0-3]):[0-5]\\d$"},message:"must match pattern \""+"^([01]\\d|2[0-3]):[0-5]\\d$"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/untilLocalTime",schemaPath:"#/properties/untilLocalTime/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.next !== undefined){
let data6 = data.next;
if(typeof data6 === "string"){
if(!pattern46.test(data6)){
const err16 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,47}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,47}$"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate41.errors = vErrors;
return errors === 0;
}

export const validateJourneyStepWaitForEvent = validate42;
const schema26 = {"type":"object","required":["type","event","timeout","next"],"additionalProperties":false,"properties":{"type":{"type":"string","enum":["wait-for-event"]},"event":{"type":"object","description":"Exactly one key: the kind of event.","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"segmentEntered":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,63}$"},"segmentExited":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,63}$"},"fhirChange":{"type":"object","required":["resourceType"],"additionalProperties":false,"properties":{"resourceType":{"type":"string","enum":["Patient","Appointment","Encounter","Observation","Condition","Procedure","Immunization","MedicationRequest","ServiceRequest","EpisodeOfCare"]},"actions":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["create","update","delete"]},"description":"default: every action"},"condition":{"type":"string","minLength":1,"maxLength":2000,"description":"FHIRPath, true to match: `%current` is the resource after the change (empty for a delete), `%previous` before it (empty for a create)"},"sameResource":{"type":"boolean","description":"only a change of the resource that started the journey (the appointment it reminds of)"}}},"reply":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,63}$","description":"a Patient Replied event (SMS keyword or link), e.g. appointment-confirmed"},"engagement":{"type":"string","enum":["opened","clicked"],"description":"the patient opened or clicked a message of this journey"}}},"timeout":{"type":"string","pattern":"^P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?)?$"},"next":{"type":"object","required":["received","timedOut"],"additionalProperties":false,"properties":{"received":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,47}$"},"timedOut":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,47}$"}}}}};

function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.event === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "event"},message:"must have required property '"+"event"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.timeout === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timeout"},message:"must have required property '"+"timeout"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.next === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "next"},message:"must have required property '"+"next"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "type") || (key0 === "event")) || (key0 === "timeout")) || (key0 === "next"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(data0 === "wait-for-event")){
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema26.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.event !== undefined){
let data1 = data.event;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(Object.keys(data1).length > 1){
const err7 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(Object.keys(data1).length < 1){
const err8 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data1){
if(!(((((key1 === "segmentEntered") || (key1 === "segmentExited")) || (key1 === "fhirChange")) || (key1 === "reply")) || (key1 === "engagement"))){
const err9 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.segmentEntered !== undefined){
let data2 = data1.segmentEntered;
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
const err10 = {instancePath:instancePath+"/event/segmentEntered",schemaPath:"#/properties/event/properties/segmentEntered/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/event/segmentEntered",schemaPath:"#/properties/event/properties/segmentEntered/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data1.segmentExited !== undefined){
let data3 = data1.segmentExited;
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
const err12 = {instancePath:instancePath+"/event/segmentExited",schemaPath:"#/properties/event/properties/segmentExited/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/event/segmentExited",schemaPath:"#/properties/event/properties/segmentExited/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data1.fhirChange !== undefined){
let data4 = data1.fhirChange;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.resourceType === undefined){
const err14 = {instancePath:instancePath+"/event/fhirChange",schemaPath:"#/properties/event/properties/fhirChange/required",keyword:"required",params:{missingProperty: "resourceType"},message:"must have required property '"+"resourceType"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key2 in data4){
if(!((((key2 === "resourceType") || (key2 === "actions")) || (key2 === "condition")) || (key2 === "sameResource"))){
const err15 = {instancePath:instancePath+"/event/fhirChange",schemaPath:"#/properties/event/properties/fhirChange/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data4.resourceType !== undefined){
let data5 = data4.resourceType;
if(typeof data5 !== "string"){
const err16 = {instancePath:instancePath+"/event/fhirChange/resourceType",schemaPath:"#/properties/event/properties/fhirChange/properties/resourceType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!((((((((((data5 === "Patient") || (data5 === "Appointment")) || (data5 === "Encounter")) || (data5 === "Observation")) || (data5 === "Condition")) || (data5 === "Procedure")) || (data5 === "Immunization")) || (data5 === "MedicationRequest")) || (data5 === "ServiceRequest")) || (data5 === "EpisodeOfCare"))){
const err17 = {instancePath:instancePath+"/event/fhirChange/resourceType",schemaPath:"#/properties/event/properties/fhirChange/properties/resourceType/enum",keyword:"enum",params:{allowedValues: schema26.properties.event.properties.fhirChange.properties.resourceType.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data4.actions !== undefined){
let data6 = data4.actions;
if(Array.isArray(data6)){
if(data6.length < 1){
const err18 = {instancePath:instancePath+"/event/fhirChange/actions",schemaPath:"#/properties/event/properties/fhirChange/properties/actions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(typeof data7 !== "string"){
const err19 = {instancePath:instancePath+"/event/fhirChange/actions/" + i0,schemaPath:"#/properties/event/properties/fhirChange/properties/actions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!(((data7 === "create") || (data7 === "update")) || (data7 === "delete"))){
const err20 = {instancePath:instancePath+"/event/fhirChange/actions/" + i0,schemaPath:"#/properties/event/properties/fhirChange/properties/actions/items/enum",keyword:"enum",params:{allowedValues: schema26.properties.event.properties.fhirChange.properties.actions.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
let i1 = data6.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data6[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err21 = {instancePath:instancePath+"/event/fhirChange/actions",schemaPath:"#/properties/event/properties/fhirChange/properties/actions/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err22 = {instancePath:instancePath+"/event/fhirChange/actions",schemaPath:"#/properties/event/properties/fhirChange/properties/actions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data4.condition !== undefined){
let data8 = data4.condition;
if(typeof data8 === "string"){
if(func2(data8) > 2000){
const err23 = {instancePath:instancePath+"/event/fhirChange/condition",schemaPath:"#/properties/event/properties/fhirChange/properties/condition/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(func2(data8) < 1){
const err24 = {instancePath:instancePath+"/event/fhirChange/condition",schemaPath:"#/properties/event/properties/fhirChange/properties/condition/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/event/fhirChange/condition",schemaPath:"#/properties/event/properties/fhirChange/properties/condition/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data4.sameResource !== undefined){
if(typeof data4.sameResource !== "boolean"){
const err26 = {instancePath:instancePath+"/event/fhirChange/sameResource",schemaPath:"#/properties/event/properties/fhirChange/properties/sameResource/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/event/fhirChange",schemaPath:"#/properties/event/properties/fhirChange/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data1.reply !== undefined){
let data10 = data1.reply;
if(typeof data10 === "string"){
if(!pattern4.test(data10)){
const err28 = {instancePath:instancePath+"/event/reply",schemaPath:"#/properties/event/properties/reply/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/event/reply",schemaPath:"#/properties/event/properties/reply/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data1.engagement !== undefined){
let data11 = data1.engagement;
if(typeof data11 !== "string"){
const err30 = {instancePath:instancePath+"/event/engagement",schemaPath:"#/properties/event/properties/engagement/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(!((data11 === "opened") || (data11 === "clicked"))){
const err31 = {instancePath:instancePath+"/event/engagement",schemaPath:"#/properties/event/properties/engagement/enum",keyword:"enum",params:{allowedValues: schema26.properties.event.properties.engagement.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.timeout !== undefined){
let data12 = data.timeout;
if(typeof data12 === "string"){
if(!pattern39.test(data12)){
const err33 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/pattern",keyword:"pattern",params:{pattern: "^P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?)?$"},message:"must match pattern \""+"^P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?)?$"+"\""};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.next !== undefined){
let data13 = data.next;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.received === undefined){
const err35 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/required",keyword:"required",params:{missingProperty: "received"},message:"must have required property '"+"received"+"'"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data13.timedOut === undefined){
const err36 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/required",keyword:"required",params:{missingProperty: "timedOut"},message:"must have required property '"+"timedOut"+"'"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
for(const key3 in data13){
if(!((key3 === "received") || (key3 === "timedOut"))){
const err37 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data13.received !== undefined){
let data14 = data13.received;
if(typeof data14 === "string"){
if(!pattern46.test(data14)){
const err38 = {instancePath:instancePath+"/next/received",schemaPath:"#/properties/next/properties/received/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,47}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,47}$"+"\""};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/next/received",schemaPath:"#/properties/next/properties/received/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data13.timedOut !== undefined){
let data15 = data13.timedOut;
if(typeof data15 === "string"){
if(!pattern46.test(data15)){
const err40 = {instancePath:instancePath+"/next/timedOut",schemaPath:"#/properties/next/properties/timedOut/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,47}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,47}$"+"\""};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/next/timedOut",schemaPath:"#/properties/next/properties/timedOut/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
validate42.errors = vErrors;
return errors === 0;
}

export const validateJourneyStepBranch = validate43;
const schema27 = {"type":"object","required":["type","on"],"additionalProperties":false,"properties":{"type":{"type":"string","enum":["branch"]},"on":{"type":"object","description":"Exactly one key: what the branch looks at.","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"inSegment":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,63}$"},"attribute":{"type":"object","required":["name","equals"],"additionalProperties":false,"properties":{"name":{"type":"string","pattern":"^[a-z][a-zA-Z0-9-]{0,63}$"},"equals":{"type":["string","number","boolean"]}}},"triggerCondition":{"type":"string","minLength":1,"maxLength":2000,"description":"FHIRPath over the triggering resource (`%current`)"},"randomSplit":{"type":"array","minItems":2,"maxItems":5,"items":{"type":"object","required":["percent","next"],"additionalProperties":false,"properties":{"percent":{"type":"integer","minimum":1,"maximum":99},"next":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,47}$"}}}}}},"next":{"type":"object","required":["true","false"],"additionalProperties":false,"description":"for every kind but randomSplit","properties":{"true":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,47}$"},"false":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,47}$"}}}}};
const pattern61 = new RegExp("^[a-z][a-zA-Z0-9-]{0,63}$", "u");

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.on === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "on"},message:"must have required property '"+"on"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "type") || (key0 === "on")) || (key0 === "next"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(data0 === "branch")){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema27.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.on !== undefined){
let data1 = data.on;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(Object.keys(data1).length > 1){
const err5 = {instancePath:instancePath+"/on",schemaPath:"#/properties/on/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(Object.keys(data1).length < 1){
const err6 = {instancePath:instancePath+"/on",schemaPath:"#/properties/on/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data1){
if(!((((key1 === "inSegment") || (key1 === "attribute")) || (key1 === "triggerCondition")) || (key1 === "randomSplit"))){
const err7 = {instancePath:instancePath+"/on",schemaPath:"#/properties/on/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.inSegment !== undefined){
let data2 = data1.inSegment;
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
const err8 = {instancePath:instancePath+"/on/inSegment",schemaPath:"#/properties/on/properties/inSegment/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/on/inSegment",schemaPath:"#/properties/on/properties/inSegment/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.attribute !== undefined){
let data3 = data1.attribute;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.name === undefined){
const err10 = {instancePath:instancePath+"/on/attribute",schemaPath:"#/properties/on/properties/attribute/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3.equals === undefined){
const err11 = {instancePath:instancePath+"/on/attribute",schemaPath:"#/properties/on/properties/attribute/required",keyword:"required",params:{missingProperty: "equals"},message:"must have required property '"+"equals"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key2 in data3){
if(!((key2 === "name") || (key2 === "equals"))){
const err12 = {instancePath:instancePath+"/on/attribute",schemaPath:"#/properties/on/properties/attribute/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data3.name !== undefined){
let data4 = data3.name;
if(typeof data4 === "string"){
if(!pattern61.test(data4)){
const err13 = {instancePath:instancePath+"/on/attribute/name",schemaPath:"#/properties/on/properties/attribute/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-zA-Z0-9-]{0,63}$"},message:"must match pattern \""+"^[a-z][a-zA-Z0-9-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/on/attribute/name",schemaPath:"#/properties/on/properties/attribute/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data3.equals !== undefined){
let data5 = data3.equals;
if(((typeof data5 !== "string") && (!((typeof data5 == "number") && (isFinite(data5))))) && (typeof data5 !== "boolean")){
const err15 = {instancePath:instancePath+"/on/attribute/equals",schemaPath:"#/properties/on/properties/attribute/properties/equals/type",keyword:"type",params:{type: schema27.properties.on.properties.attribute.properties.equals.type},message:"must be string,number,boolean"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/on/attribute",schemaPath:"#/properties/on/properties/attribute/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data1.triggerCondition !== undefined){
let data6 = data1.triggerCondition;
if(typeof data6 === "string"){
if(func2(data6) > 2000){
const err17 = {instancePath:instancePath+"/on/triggerCondition",schemaPath:"#/properties/on/properties/triggerCondition/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(func2(data6) < 1){
const err18 = {instancePath:instancePath+"/on/triggerCondition",schemaPath:"#/properties/on/properties/triggerCondition/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/on/triggerCondition",schemaPath:"#/properties/on/properties/triggerCondition/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data1.randomSplit !== undefined){
let data7 = data1.randomSplit;
if(Array.isArray(data7)){
if(data7.length > 5){
const err20 = {instancePath:instancePath+"/on/randomSplit",schemaPath:"#/properties/on/properties/randomSplit/maxItems",keyword:"maxItems",params:{limit: 5},message:"must NOT have more than 5 items"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data7.length < 2){
const err21 = {instancePath:instancePath+"/on/randomSplit",schemaPath:"#/properties/on/properties/randomSplit/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.percent === undefined){
const err22 = {instancePath:instancePath+"/on/randomSplit/" + i0,schemaPath:"#/properties/on/properties/randomSplit/items/required",keyword:"required",params:{missingProperty: "percent"},message:"must have required property '"+"percent"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data8.next === undefined){
const err23 = {instancePath:instancePath+"/on/randomSplit/" + i0,schemaPath:"#/properties/on/properties/randomSplit/items/required",keyword:"required",params:{missingProperty: "next"},message:"must have required property '"+"next"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key3 in data8){
if(!((key3 === "percent") || (key3 === "next"))){
const err24 = {instancePath:instancePath+"/on/randomSplit/" + i0,schemaPath:"#/properties/on/properties/randomSplit/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data8.percent !== undefined){
let data9 = data8.percent;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err25 = {instancePath:instancePath+"/on/randomSplit/" + i0+"/percent",schemaPath:"#/properties/on/properties/randomSplit/items/properties/percent/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 99 || isNaN(data9)){
const err26 = {instancePath:instancePath+"/on/randomSplit/" + i0+"/percent",schemaPath:"#/properties/on/properties/randomSplit/items/properties/percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 99},message:"must be <= 99"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data9 < 1 || isNaN(data9)){
const err27 = {instancePath:instancePath+"/on/randomSplit/" + i0+"/percent",schemaPath:"#/properties/on/properties/randomSplit/items/properties/percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
if(data8.next !== undefined){
let data10 = data8.next;
if(typeof data10 === "string"){
if(!pattern46.test(data10)){
const err28 = {instancePath:instancePath+"/on/randomSplit/" + i0+"/next",schemaPath:"#/properties/on/properties/randomSplit/items/properties/next/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,47}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,47}$"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/on/randomSplit/" + i0+"/next",schemaPath:"#/properties/on/properties/randomSplit/items/properties/next/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/on/randomSplit/" + i0,schemaPath:"#/properties/on/properties/randomSplit/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/on/randomSplit",schemaPath:"#/properties/on/properties/randomSplit/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/on",schemaPath:"#/properties/on/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.next !== undefined){
let data11 = data.next;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.true === undefined){
const err33 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/required",keyword:"required",params:{missingProperty: "true"},message:"must have required property '"+"true"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data11.false === undefined){
const err34 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/required",keyword:"required",params:{missingProperty: "false"},message:"must have required property '"+"false"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
for(const key4 in data11){
if(!((key4 === "true") || (key4 === "false"))){
const err35 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data11.true !== undefined){
let data12 = data11.true;
if(typeof data12 === "string"){
if(!pattern46.test(data12)){
const err36 = {instancePath:instancePath+"/next/true",schemaPath:"#/properties/next/properties/true/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,47}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,47}$"+"\""};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/next/true",schemaPath:"#/properties/next/properties/true/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data11.false !== undefined){
let data13 = data11.false;
if(typeof data13 === "string"){
if(!pattern46.test(data13)){
const err38 = {instancePath:instancePath+"/next/false",schemaPath:"#/properties/next/properties/false/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,47}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,47}$"+"\""};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/next/false",schemaPath:"#/properties/next/properties/false/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}

export const validateJourneyStepCreateActivity = validate44;
const schema28 = {"type":"object","required":["type","activity","next"],"additionalProperties":false,"properties":{"type":{"type":"string","enum":["create-activity"]},"activity":{"type":"object","required":["kind","title"],"additionalProperties":false,"properties":{"kind":{"type":"string","enum":["follow-up-call","review","outreach","other"]},"title":{"type":"string","minLength":1,"maxLength":200,"description":"no clinical detail: staff open the patient"},"assignTo":{"type":"string","enum":["care-team","front-desk","outreach-team"]},"dueIn":{"type":"string","pattern":"^P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?)?$"}}},"next":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,47}$"}}};

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.activity === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "activity"},message:"must have required property '"+"activity"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.next === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "next"},message:"must have required property '"+"next"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "type") || (key0 === "activity")) || (key0 === "next"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(data0 === "create-activity")){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema28.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.activity !== undefined){
let data1 = data.activity;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.kind === undefined){
const err6 = {instancePath:instancePath+"/activity",schemaPath:"#/properties/activity/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1.title === undefined){
const err7 = {instancePath:instancePath+"/activity",schemaPath:"#/properties/activity/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key1 in data1){
if(!((((key1 === "kind") || (key1 === "title")) || (key1 === "assignTo")) || (key1 === "dueIn"))){
const err8 = {instancePath:instancePath+"/activity",schemaPath:"#/properties/activity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.kind !== undefined){
let data2 = data1.kind;
if(typeof data2 !== "string"){
const err9 = {instancePath:instancePath+"/activity/kind",schemaPath:"#/properties/activity/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!((((data2 === "follow-up-call") || (data2 === "review")) || (data2 === "outreach")) || (data2 === "other"))){
const err10 = {instancePath:instancePath+"/activity/kind",schemaPath:"#/properties/activity/properties/kind/enum",keyword:"enum",params:{allowedValues: schema28.properties.activity.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data1.title !== undefined){
let data3 = data1.title;
if(typeof data3 === "string"){
if(func2(data3) > 200){
const err11 = {instancePath:instancePath+"/activity/title",schemaPath:"#/properties/activity/properties/title/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func2(data3) < 1){
const err12 = {instancePath:instancePath+"/activity/title",schemaPath:"#/properties/activity/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/activity/title",schemaPath:"#/properties/activity/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data1.assignTo !== undefined){
let data4 = data1.assignTo;
if(typeof data4 !== "string"){
const err14 = {instancePath:instancePath+"/activity/assignTo",schemaPath:"#/properties/activity/properties/assignTo/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!(((data4 === "care-team") || (data4 === "front-desk")) || (data4 === "outreach-team"))){
const err15 = {instancePath:instancePath+"/activity/assignTo",schemaPath:"#/properties/activity/properties/assignTo/enum",keyword:"enum",params:{allowedValues: schema28.properties.activity.properties.assignTo.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data1.dueIn !== undefined){
let data5 = data1.dueIn;
if(typeof data5 === "string"){
if(!pattern39.test(data5)){
const err16 = {instancePath:instancePath+"/activity/dueIn",schemaPath:"#/properties/activity/properties/dueIn/pattern",keyword:"pattern",params:{pattern: "^P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?)?$"},message:"must match pattern \""+"^P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?)?$"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/activity/dueIn",schemaPath:"#/properties/activity/properties/dueIn/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/activity",schemaPath:"#/properties/activity/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.next !== undefined){
let data6 = data.next;
if(typeof data6 === "string"){
if(!pattern46.test(data6)){
const err19 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,47}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,47}$"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}

export const validateJourneyStepUpdateAttribute = validate45;
const schema29 = {"type":"object","required":["type","name","value","next"],"additionalProperties":false,"properties":{"type":{"type":"string","enum":["update-attribute"]},"name":{"type":"string","pattern":"^[a-z][a-zA-Z0-9-]{0,63}$"},"value":{"type":["string","number","boolean"]},"next":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,47}$"}}};

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.value === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.next === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "next"},message:"must have required property '"+"next"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "type") || (key0 === "name")) || (key0 === "value")) || (key0 === "next"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(data0 === "update-attribute")){
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema29.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(!pattern61.test(data1)){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-zA-Z0-9-]{0,63}$"},message:"must match pattern \""+"^[a-z][a-zA-Z0-9-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.value !== undefined){
let data2 = data.value;
if(((typeof data2 !== "string") && (!((typeof data2 == "number") && (isFinite(data2))))) && (typeof data2 !== "boolean")){
const err9 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: schema29.properties.value.type},message:"must be string,number,boolean"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.next !== undefined){
let data3 = data.next;
if(typeof data3 === "string"){
if(!pattern46.test(data3)){
const err10 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,47}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,47}$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/next",schemaPath:"#/properties/next/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate45.errors = vErrors;
return errors === 0;
}

export const validateJourneyStepExit = validate46;
const schema30 = {"type":"object","required":["type"],"additionalProperties":false,"properties":{"type":{"type":"string","enum":["exit"]}}};

function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "type")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(data0 === "exit")){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema30.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate46.errors = vErrors;
return errors === 0;
}

export const validateResolveWaitTimePayload = validate47;
const schema31 = {"type":"object","additionalProperties":false,"required":["patientId","journeyId","journeyVersion","executionId","stepId"],"properties":{"patientId":{"type":"string","pattern":"^[A-Za-z0-9\\-\\.]{1,64}$"},"journeyId":{"type":"string","pattern":"^[A-Za-z0-9_\\-\\.:]{1,128}$"},"journeyVersion":{"type":"integer","minimum":1},"executionId":{"type":"string","pattern":"^[A-Za-z0-9_\\-]{1,80}$"},"stepId":{"type":"string","pattern":"^[A-Za-z0-9_\\-\\.:]{1,128}$"},"triggeringResource":{"type":"object","required":["resourceType","id"],"additionalProperties":false,"properties":{"resourceType":{"type":"string","pattern":"^[A-Z][A-Za-z]{1,63}$"},"id":{"type":"string","pattern":"^[A-Za-z0-9\\-\\.]{1,64}$"}}},"resourceTime":{"type":"object","required":["field","offsetSeconds"],"additionalProperties":false,"properties":{"field":{"type":"string","enum":["start","end","date"]},"offsetSeconds":{"type":"integer"}}},"localTime":{"type":"string","pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$"}},"oneOf":[{"required":["resourceTime"]},{"required":["localTime"]}]};
const pattern75 = new RegExp("^([01][0-9]|2[0-3]):[0-5][0-9]$", "u");

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.resourceTime === undefined){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "resourceTime"},message:"must have required property '"+"resourceTime"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.localTime === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "localTime"},message:"must have required property '"+"localTime"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.patientId === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "patientId"},message:"must have required property '"+"patientId"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.journeyId === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "journeyId"},message:"must have required property '"+"journeyId"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.journeyVersion === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "journeyVersion"},message:"must have required property '"+"journeyVersion"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.executionId === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "executionId"},message:"must have required property '"+"executionId"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.stepId === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "stepId"},message:"must have required property '"+"stepId"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "patientId") || (key0 === "journeyId")) || (key0 === "journeyVersion")) || (key0 === "executionId")) || (key0 === "stepId")) || (key0 === "triggeringResource")) || (key0 === "resourceTime")) || (key0 === "localTime"))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.patientId !== undefined){
let data0 = data.patientId;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err9 = {instancePath:instancePath+"/patientId",schemaPath:"#/properties/patientId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9\\-\\.]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9\\-\\.]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/patientId",schemaPath:"#/properties/patientId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.journeyId !== undefined){
let data1 = data.journeyId;
if(typeof data1 === "string"){
if(!pattern12.test(data1)){
const err11 = {instancePath:instancePath+"/journeyId",schemaPath:"#/properties/journeyId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_\\-\\.:]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9_\\-\\.:]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/journeyId",schemaPath:"#/properties/journeyId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.journeyVersion !== undefined){
let data2 = data.journeyVersion;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err13 = {instancePath:instancePath+"/journeyVersion",schemaPath:"#/properties/journeyVersion/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err14 = {instancePath:instancePath+"/journeyVersion",schemaPath:"#/properties/journeyVersion/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.executionId !== undefined){
let data3 = data.executionId;
if(typeof data3 === "string"){
if(!pattern13.test(data3)){
const err15 = {instancePath:instancePath+"/executionId",schemaPath:"#/properties/executionId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_\\-]{1,80}$"},message:"must match pattern \""+"^[A-Za-z0-9_\\-]{1,80}$"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/executionId",schemaPath:"#/properties/executionId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.stepId !== undefined){
let data4 = data.stepId;
if(typeof data4 === "string"){
if(!pattern12.test(data4)){
const err17 = {instancePath:instancePath+"/stepId",schemaPath:"#/properties/stepId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_\\-\\.:]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9_\\-\\.:]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/stepId",schemaPath:"#/properties/stepId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.triggeringResource !== undefined){
let data5 = data.triggeringResource;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.resourceType === undefined){
const err19 = {instancePath:instancePath+"/triggeringResource",schemaPath:"#/properties/triggeringResource/required",keyword:"required",params:{missingProperty: "resourceType"},message:"must have required property '"+"resourceType"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data5.id === undefined){
const err20 = {instancePath:instancePath+"/triggeringResource",schemaPath:"#/properties/triggeringResource/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
for(const key1 in data5){
if(!((key1 === "resourceType") || (key1 === "id"))){
const err21 = {instancePath:instancePath+"/triggeringResource",schemaPath:"#/properties/triggeringResource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data5.resourceType !== undefined){
let data6 = data5.resourceType;
if(typeof data6 === "string"){
if(!pattern18.test(data6)){
const err22 = {instancePath:instancePath+"/triggeringResource/resourceType",schemaPath:"#/properties/triggeringResource/properties/resourceType/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Za-z]{1,63}$"},message:"must match pattern \""+"^[A-Z][A-Za-z]{1,63}$"+"\""};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/triggeringResource/resourceType",schemaPath:"#/properties/triggeringResource/properties/resourceType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data5.id !== undefined){
let data7 = data5.id;
if(typeof data7 === "string"){
if(!pattern0.test(data7)){
const err24 = {instancePath:instancePath+"/triggeringResource/id",schemaPath:"#/properties/triggeringResource/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9\\-\\.]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9\\-\\.]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/triggeringResource/id",schemaPath:"#/properties/triggeringResource/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/triggeringResource",schemaPath:"#/properties/triggeringResource/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.resourceTime !== undefined){
let data8 = data.resourceTime;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.field === undefined){
const err27 = {instancePath:instancePath+"/resourceTime",schemaPath:"#/properties/resourceTime/required",keyword:"required",params:{missingProperty: "field"},message:"must have required property '"+"field"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data8.offsetSeconds === undefined){
const err28 = {instancePath:instancePath+"/resourceTime",schemaPath:"#/properties/resourceTime/required",keyword:"required",params:{missingProperty: "offsetSeconds"},message:"must have required property '"+"offsetSeconds"+"'"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
for(const key2 in data8){
if(!((key2 === "field") || (key2 === "offsetSeconds"))){
const err29 = {instancePath:instancePath+"/resourceTime",schemaPath:"#/properties/resourceTime/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data8.field !== undefined){
let data9 = data8.field;
if(typeof data9 !== "string"){
const err30 = {instancePath:instancePath+"/resourceTime/field",schemaPath:"#/properties/resourceTime/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(!(((data9 === "start") || (data9 === "end")) || (data9 === "date"))){
const err31 = {instancePath:instancePath+"/resourceTime/field",schemaPath:"#/properties/resourceTime/properties/field/enum",keyword:"enum",params:{allowedValues: schema31.properties.resourceTime.properties.field.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data8.offsetSeconds !== undefined){
let data10 = data8.offsetSeconds;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err32 = {instancePath:instancePath+"/resourceTime/offsetSeconds",schemaPath:"#/properties/resourceTime/properties/offsetSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/resourceTime",schemaPath:"#/properties/resourceTime/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.localTime !== undefined){
let data11 = data.localTime;
if(typeof data11 === "string"){
if(!pattern75.test(data11)){
const err34 = {instancePath:instancePath+"/localTime",schemaPath:"#/properties/localTime/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]$"+"\""};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/localTime",schemaPath:"#/properties/localTime/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}

export const validateEvaluateConditionPayload = validate48;
const schema32 = {"type":"object","additionalProperties":false,"required":["patientId","journeyId","journeyVersion","executionId","stepId","condition"],"properties":{"patientId":{"type":"string","pattern":"^[A-Za-z0-9\\-\\.]{1,64}$"},"journeyId":{"type":"string","pattern":"^[A-Za-z0-9_\\-\\.:]{1,128}$"},"journeyVersion":{"type":"integer","minimum":1},"executionId":{"type":"string","pattern":"^[A-Za-z0-9_\\-]{1,80}$"},"stepId":{"type":"string","pattern":"^[A-Za-z0-9_\\-\\.:]{1,128}$"},"triggeringResource":{"type":"object","required":["resourceType","id"],"additionalProperties":false,"properties":{"resourceType":{"type":"string","pattern":"^[A-Z][A-Za-z]{1,63}$"},"id":{"type":"string","pattern":"^[A-Za-z0-9\\-\\.]{1,64}$"}}},"condition":{"type":"string","minLength":1,"maxLength":2000}}};

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.patientId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "patientId"},message:"must have required property '"+"patientId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.journeyId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "journeyId"},message:"must have required property '"+"journeyId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.journeyVersion === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "journeyVersion"},message:"must have required property '"+"journeyVersion"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.executionId === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "executionId"},message:"must have required property '"+"executionId"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.stepId === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "stepId"},message:"must have required property '"+"stepId"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.condition === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "condition"},message:"must have required property '"+"condition"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "patientId") || (key0 === "journeyId")) || (key0 === "journeyVersion")) || (key0 === "executionId")) || (key0 === "stepId")) || (key0 === "triggeringResource")) || (key0 === "condition"))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.patientId !== undefined){
let data0 = data.patientId;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err7 = {instancePath:instancePath+"/patientId",schemaPath:"#/properties/patientId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9\\-\\.]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9\\-\\.]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/patientId",schemaPath:"#/properties/patientId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.journeyId !== undefined){
let data1 = data.journeyId;
if(typeof data1 === "string"){
if(!pattern12.test(data1)){
const err9 = {instancePath:instancePath+"/journeyId",schemaPath:"#/properties/journeyId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_\\-\\.:]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9_\\-\\.:]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/journeyId",schemaPath:"#/properties/journeyId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.journeyVersion !== undefined){
let data2 = data.journeyVersion;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err11 = {instancePath:instancePath+"/journeyVersion",schemaPath:"#/properties/journeyVersion/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err12 = {instancePath:instancePath+"/journeyVersion",schemaPath:"#/properties/journeyVersion/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.executionId !== undefined){
let data3 = data.executionId;
if(typeof data3 === "string"){
if(!pattern13.test(data3)){
const err13 = {instancePath:instancePath+"/executionId",schemaPath:"#/properties/executionId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_\\-]{1,80}$"},message:"must match pattern \""+"^[A-Za-z0-9_\\-]{1,80}$"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/executionId",schemaPath:"#/properties/executionId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.stepId !== undefined){
let data4 = data.stepId;
if(typeof data4 === "string"){
if(!pattern12.test(data4)){
const err15 = {instancePath:instancePath+"/stepId",schemaPath:"#/properties/stepId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_\\-\\.:]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9_\\-\\.:]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/stepId",schemaPath:"#/properties/stepId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.triggeringResource !== undefined){
let data5 = data.triggeringResource;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.resourceType === undefined){
const err17 = {instancePath:instancePath+"/triggeringResource",schemaPath:"#/properties/triggeringResource/required",keyword:"required",params:{missingProperty: "resourceType"},message:"must have required property '"+"resourceType"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data5.id === undefined){
const err18 = {instancePath:instancePath+"/triggeringResource",schemaPath:"#/properties/triggeringResource/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key1 in data5){
if(!((key1 === "resourceType") || (key1 === "id"))){
const err19 = {instancePath:instancePath+"/triggeringResource",schemaPath:"#/properties/triggeringResource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data5.resourceType !== undefined){
let data6 = data5.resourceType;
if(typeof data6 === "string"){
if(!pattern18.test(data6)){
const err20 = {instancePath:instancePath+"/triggeringResource/resourceType",schemaPath:"#/properties/triggeringResource/properties/resourceType/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Za-z]{1,63}$"},message:"must match pattern \""+"^[A-Z][A-Za-z]{1,63}$"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/triggeringResource/resourceType",schemaPath:"#/properties/triggeringResource/properties/resourceType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data5.id !== undefined){
let data7 = data5.id;
if(typeof data7 === "string"){
if(!pattern0.test(data7)){
const err22 = {instancePath:instancePath+"/triggeringResource/id",schemaPath:"#/properties/triggeringResource/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9\\-\\.]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9\\-\\.]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/triggeringResource/id",schemaPath:"#/properties/triggeringResource/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/triggeringResource",schemaPath:"#/properties/triggeringResource/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.condition !== undefined){
let data8 = data.condition;
if(typeof data8 === "string"){
if(func2(data8) > 2000){
const err25 = {instancePath:instancePath+"/condition",schemaPath:"#/properties/condition/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(func2(data8) < 1){
const err26 = {instancePath:instancePath+"/condition",schemaPath:"#/properties/condition/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/condition",schemaPath:"#/properties/condition/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate48.errors = vErrors;
return errors === 0;
}

export const validateCreateActivityPayload = validate49;
const schema33 = {"type":"object","additionalProperties":false,"required":["patientId","journeyId","journeyVersion","executionId","stepId","activity"],"properties":{"patientId":{"type":"string","pattern":"^[A-Za-z0-9\\-\\.]{1,64}$"},"journeyId":{"type":"string","pattern":"^[A-Za-z0-9_\\-\\.:]{1,128}$"},"journeyVersion":{"type":"integer","minimum":1},"executionId":{"type":"string","pattern":"^[A-Za-z0-9_\\-]{1,80}$"},"stepId":{"type":"string","pattern":"^[A-Za-z0-9_\\-\\.:]{1,128}$"},"triggeringResource":{"type":"object","required":["resourceType","id"],"additionalProperties":false,"properties":{"resourceType":{"type":"string","pattern":"^[A-Z][A-Za-z]{1,63}$"},"id":{"type":"string","pattern":"^[A-Za-z0-9\\-\\.]{1,64}$"}}},"activity":{"type":"object","required":["kind","title"],"additionalProperties":false,"properties":{"kind":{"type":"string","enum":["follow-up-call","review","outreach","other"]},"title":{"type":"string","minLength":1,"maxLength":200},"assignTo":{"type":"string","enum":["care-team","front-desk","outreach-team"]},"dueIn":{"type":"string","minLength":1,"maxLength":32}}}}};

function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.patientId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "patientId"},message:"must have required property '"+"patientId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.journeyId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "journeyId"},message:"must have required property '"+"journeyId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.journeyVersion === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "journeyVersion"},message:"must have required property '"+"journeyVersion"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.executionId === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "executionId"},message:"must have required property '"+"executionId"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.stepId === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "stepId"},message:"must have required property '"+"stepId"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.activity === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "activity"},message:"must have required property '"+"activity"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "patientId") || (key0 === "journeyId")) || (key0 === "journeyVersion")) || (key0 === "executionId")) || (key0 === "stepId")) || (key0 === "triggeringResource")) || (key0 === "activity"))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.patientId !== undefined){
let data0 = data.patientId;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err7 = {instancePath:instancePath+"/patientId",schemaPath:"#/properties/patientId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9\\-\\.]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9\\-\\.]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/patientId",schemaPath:"#/properties/patientId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.journeyId !== undefined){
let data1 = data.journeyId;
if(typeof data1 === "string"){
if(!pattern12.test(data1)){
const err9 = {instancePath:instancePath+"/journeyId",schemaPath:"#/properties/journeyId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_\\-\\.:]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9_\\-\\.:]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/journeyId",schemaPath:"#/properties/journeyId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.journeyVersion !== undefined){
let data2 = data.journeyVersion;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err11 = {instancePath:instancePath+"/journeyVersion",schemaPath:"#/properties/journeyVersion/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err12 = {instancePath:instancePath+"/journeyVersion",schemaPath:"#/properties/journeyVersion/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.executionId !== undefined){
let data3 = data.executionId;
if(typeof data3 === "string"){
if(!pattern13.test(data3)){
const err13 = {instancePath:instancePath+"/executionId",schemaPath:"#/properties/executionId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_\\-]{1,80}$"},message:"must match pattern \""+"^[A-Za-z0-9_\\-]{1,80}$"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/executionId",schemaPath:"#/properties/executionId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.stepId !== undefined){
let data4 = data.stepId;
if(typeof data4 === "string"){
if(!pattern12.test(data4)){
const err15 = {instancePath:instancePath+"/stepId",schemaPath:"#/properties/stepId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_\\-\\.:]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9_\\-\\.:]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/stepId",schemaPath:"#/properties/stepId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.triggeringResource !== undefined){
let data5 = data.triggeringResource;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.resourceType === undefined){
const err17 = {instancePath:instancePath+"/triggeringResource",schemaPath:"#/properties/triggeringResource/required",keyword:"required",params:{missingProperty: "resourceType"},message:"must have required property '"+"resourceType"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data5.id === undefined){
const err18 = {instancePath:instancePath+"/triggeringResource",schemaPath:"#/properties/triggeringResource/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key1 in data5){
if(!((key1 === "resourceType") || (key1 === "id"))){
const err19 = {instancePath:instancePath+"/triggeringResource",schemaPath:"#/properties/triggeringResource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data5.resourceType !== undefined){
let data6 = data5.resourceType;
if(typeof data6 === "string"){
if(!pattern18.test(data6)){
const err20 = {instancePath:instancePath+"/triggeringResource/resourceType",schemaPath:"#/properties/triggeringResource/properties/resourceType/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Za-z]{1,63}$"},message:"must match pattern \""+"^[A-Z][A-Za-z]{1,63}$"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/triggeringResource/resourceType",schemaPath:"#/properties/triggeringResource/properties/resourceType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data5.id !== undefined){
let data7 = data5.id;
if(typeof data7 === "string"){
if(!pattern0.test(data7)){
const err22 = {instancePath:instancePath+"/triggeringResource/id",schemaPath:"#/properties/triggeringResource/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9\\-\\.]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9\\-\\.]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/triggeringResource/id",schemaPath:"#/properties/triggeringResource/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/triggeringResource",schemaPath:"#/properties/triggeringResource/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.activity !== undefined){
let data8 = data.activity;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.kind === undefined){
const err25 = {instancePath:instancePath+"/activity",schemaPath:"#/properties/activity/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data8.title === undefined){
const err26 = {instancePath:instancePath+"/activity",schemaPath:"#/properties/activity/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
for(const key2 in data8){
if(!((((key2 === "kind") || (key2 === "title")) || (key2 === "assignTo")) || (key2 === "dueIn"))){
const err27 = {instancePath:instancePath+"/activity",schemaPath:"#/properties/activity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data8.kind !== undefined){
let data9 = data8.kind;
if(typeof data9 !== "string"){
const err28 = {instancePath:instancePath+"/activity/kind",schemaPath:"#/properties/activity/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!((((data9 === "follow-up-call") || (data9 === "review")) || (data9 === "outreach")) || (data9 === "other"))){
const err29 = {instancePath:instancePath+"/activity/kind",schemaPath:"#/properties/activity/properties/kind/enum",keyword:"enum",params:{allowedValues: schema33.properties.activity.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data8.title !== undefined){
let data10 = data8.title;
if(typeof data10 === "string"){
if(func2(data10) > 200){
const err30 = {instancePath:instancePath+"/activity/title",schemaPath:"#/properties/activity/properties/title/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(func2(data10) < 1){
const err31 = {instancePath:instancePath+"/activity/title",schemaPath:"#/properties/activity/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/activity/title",schemaPath:"#/properties/activity/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data8.assignTo !== undefined){
let data11 = data8.assignTo;
if(typeof data11 !== "string"){
const err33 = {instancePath:instancePath+"/activity/assignTo",schemaPath:"#/properties/activity/properties/assignTo/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(!(((data11 === "care-team") || (data11 === "front-desk")) || (data11 === "outreach-team"))){
const err34 = {instancePath:instancePath+"/activity/assignTo",schemaPath:"#/properties/activity/properties/assignTo/enum",keyword:"enum",params:{allowedValues: schema33.properties.activity.properties.assignTo.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data8.dueIn !== undefined){
let data12 = data8.dueIn;
if(typeof data12 === "string"){
if(func2(data12) > 32){
const err35 = {instancePath:instancePath+"/activity/dueIn",schemaPath:"#/properties/activity/properties/dueIn/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(func2(data12) < 1){
const err36 = {instancePath:instancePath+"/activity/dueIn",schemaPath:"#/properties/activity/properties/dueIn/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/activity/dueIn",schemaPath:"#/properties/activity/properties/dueIn/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/activity",schemaPath:"#/properties/activity/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
validate49.errors = vErrors;
return errors === 0;
}

export const validateUpdateAttributePayload = validate50;
const schema34 = {"type":"object","additionalProperties":false,"required":["patientId","journeyId","journeyVersion","executionId","stepId","attribute"],"properties":{"patientId":{"type":"string","pattern":"^[A-Za-z0-9\\-\\.]{1,64}$"},"journeyId":{"type":"string","pattern":"^[A-Za-z0-9_\\-\\.:]{1,128}$"},"journeyVersion":{"type":"integer","minimum":1},"executionId":{"type":"string","pattern":"^[A-Za-z0-9_\\-]{1,80}$"},"stepId":{"type":"string","pattern":"^[A-Za-z0-9_\\-\\.:]{1,128}$"},"triggeringResource":{"type":"object","required":["resourceType","id"],"additionalProperties":false,"properties":{"resourceType":{"type":"string","pattern":"^[A-Z][A-Za-z]{1,63}$"},"id":{"type":"string","pattern":"^[A-Za-z0-9\\-\\.]{1,64}$"}}},"attribute":{"type":"object","required":["name","value"],"additionalProperties":false,"properties":{"name":{"type":"string","pattern":"^[a-z][a-zA-Z0-9-]{0,63}$"},"value":{"type":["string","number","boolean"]}}}}};

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.patientId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "patientId"},message:"must have required property '"+"patientId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.journeyId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "journeyId"},message:"must have required property '"+"journeyId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.journeyVersion === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "journeyVersion"},message:"must have required property '"+"journeyVersion"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.executionId === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "executionId"},message:"must have required property '"+"executionId"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.stepId === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "stepId"},message:"must have required property '"+"stepId"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.attribute === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "attribute"},message:"must have required property '"+"attribute"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "patientId") || (key0 === "journeyId")) || (key0 === "journeyVersion")) || (key0 === "executionId")) || (key0 === "stepId")) || (key0 === "triggeringResource")) || (key0 === "attribute"))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.patientId !== undefined){
let data0 = data.patientId;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err7 = {instancePath:instancePath+"/patientId",schemaPath:"#/properties/patientId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9\\-\\.]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9\\-\\.]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/patientId",schemaPath:"#/properties/patientId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.journeyId !== undefined){
let data1 = data.journeyId;
if(typeof data1 === "string"){
if(!pattern12.test(data1)){
const err9 = {instancePath:instancePath+"/journeyId",schemaPath:"#/properties/journeyId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_\\-\\.:]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9_\\-\\.:]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/journeyId",schemaPath:"#/properties/journeyId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.journeyVersion !== undefined){
let data2 = data.journeyVersion;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err11 = {instancePath:instancePath+"/journeyVersion",schemaPath:"#/properties/journeyVersion/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err12 = {instancePath:instancePath+"/journeyVersion",schemaPath:"#/properties/journeyVersion/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.executionId !== undefined){
let data3 = data.executionId;
if(typeof data3 === "string"){
if(!pattern13.test(data3)){
const err13 = {instancePath:instancePath+"/executionId",schemaPath:"#/properties/executionId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_\\-]{1,80}$"},message:"must match pattern \""+"^[A-Za-z0-9_\\-]{1,80}$"+"\""};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/executionId",schemaPath:"#/properties/executionId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.stepId !== undefined){
let data4 = data.stepId;
if(typeof data4 === "string"){
if(!pattern12.test(data4)){
const err15 = {instancePath:instancePath+"/stepId",schemaPath:"#/properties/stepId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_\\-\\.:]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9_\\-\\.:]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/stepId",schemaPath:"#/properties/stepId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.triggeringResource !== undefined){
let data5 = data.triggeringResource;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.resourceType === undefined){
const err17 = {instancePath:instancePath+"/triggeringResource",schemaPath:"#/properties/triggeringResource/required",keyword:"required",params:{missingProperty: "resourceType"},message:"must have required property '"+"resourceType"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data5.id === undefined){
const err18 = {instancePath:instancePath+"/triggeringResource",schemaPath:"#/properties/triggeringResource/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key1 in data5){
if(!((key1 === "resourceType") || (key1 === "id"))){
const err19 = {instancePath:instancePath+"/triggeringResource",schemaPath:"#/properties/triggeringResource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data5.resourceType !== undefined){
let data6 = data5.resourceType;
if(typeof data6 === "string"){
if(!pattern18.test(data6)){
const err20 = {instancePath:instancePath+"/triggeringResource/resourceType",schemaPath:"#/properties/triggeringResource/properties/resourceType/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Za-z]{1,63}$"},message:"must match pattern \""+"^[A-Z][A-Za-z]{1,63}$"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/triggeringResource/resourceType",schemaPath:"#/properties/triggeringResource/properties/resourceType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data5.id !== undefined){
let data7 = data5.id;
if(typeof data7 === "string"){
if(!pattern0.test(data7)){
const err22 = {instancePath:instancePath+"/triggeringResource/id",schemaPath:"#/properties/triggeringResource/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9\\-\\.]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9\\-\\.]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/triggeringResource/id",schemaPath:"#/properties/triggeringResource/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/triggeringResource",schemaPath:"#/properties/triggeringResource/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.attribute !== undefined){
let data8 = data.attribute;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.name === undefined){
const err25 = {instancePath:instancePath+"/attribute",schemaPath:"#/properties/attribute/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data8.value === undefined){
const err26 = {instancePath:instancePath+"/attribute",schemaPath:"#/properties/attribute/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
for(const key2 in data8){
if(!((key2 === "name") || (key2 === "value"))){
const err27 = {instancePath:instancePath+"/attribute",schemaPath:"#/properties/attribute/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data8.name !== undefined){
let data9 = data8.name;
if(typeof data9 === "string"){
if(!pattern61.test(data9)){
const err28 = {instancePath:instancePath+"/attribute/name",schemaPath:"#/properties/attribute/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-zA-Z0-9-]{0,63}$"},message:"must match pattern \""+"^[a-z][a-zA-Z0-9-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/attribute/name",schemaPath:"#/properties/attribute/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data8.value !== undefined){
let data10 = data8.value;
if(((typeof data10 !== "string") && (!((typeof data10 == "number") && (isFinite(data10))))) && (typeof data10 !== "boolean")){
const err30 = {instancePath:instancePath+"/attribute/value",schemaPath:"#/properties/attribute/properties/value/type",keyword:"type",params:{type: schema34.properties.attribute.properties.value.type},message:"must be string,number,boolean"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/attribute",schemaPath:"#/properties/attribute/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
validate50.errors = vErrors;
return errors === 0;
}

export const validateSendStepPayload = validate51;
const schema35 = {"type":"object","additionalProperties":false,"required":["request"],"properties":{"request":{"type":"object"},"exitWhen":{"type":"array","items":{"type":"object","description":"Exactly one key: the kind of event.","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"segmentEntered":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,63}$"},"segmentExited":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,63}$"},"fhirChange":{"type":"object","required":["resourceType"],"additionalProperties":false,"properties":{"resourceType":{"type":"string","enum":["Patient","Appointment","Encounter","Observation","Condition","Procedure","Immunization","MedicationRequest","ServiceRequest","EpisodeOfCare"]},"actions":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["create","update","delete"]},"description":"default: every action"},"condition":{"type":"string","minLength":1,"maxLength":2000,"description":"FHIRPath, true to match: `%current` is the resource after the change (empty for a delete), `%previous` before it (empty for a create)"},"sameResource":{"type":"boolean","description":"only a change of the resource that started the journey (the appointment it reminds of)"}}},"reply":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,63}$","description":"a Patient Replied event (SMS keyword or link), e.g. appointment-confirmed"},"engagement":{"type":"string","enum":["opened","clicked"],"description":"the patient opened or clicked a message of this journey"}}}},"enrolledAt":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"}},"dependencies":{"exitWhen":["enrolledAt"]}};
const pattern98 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$", "u");

function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.request === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "request"},message:"must have required property '"+"request"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "request") || (key0 === "exitWhen")) || (key0 === "enrolledAt"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.exitWhen !== undefined){
if(data.enrolledAt === undefined){
const err2 = {instancePath,schemaPath:"#/dependencies",keyword:"dependencies",params:{property: "exitWhen",
    missingProperty: "enrolledAt",
    depsCount: 1,
    deps: "enrolledAt"},message:"must have property enrolledAt when property exitWhen is present"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.request !== undefined){
let data0 = data.request;
if(!(data0 && typeof data0 == "object" && !Array.isArray(data0))){
const err3 = {instancePath:instancePath+"/request",schemaPath:"#/properties/request/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.exitWhen !== undefined){
let data1 = data.exitWhen;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(Object.keys(data2).length > 1){
const err4 = {instancePath:instancePath+"/exitWhen/" + i0,schemaPath:"#/properties/exitWhen/items/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(Object.keys(data2).length < 1){
const err5 = {instancePath:instancePath+"/exitWhen/" + i0,schemaPath:"#/properties/exitWhen/items/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data2){
if(!(((((key1 === "segmentEntered") || (key1 === "segmentExited")) || (key1 === "fhirChange")) || (key1 === "reply")) || (key1 === "engagement"))){
const err6 = {instancePath:instancePath+"/exitWhen/" + i0,schemaPath:"#/properties/exitWhen/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data2.segmentEntered !== undefined){
let data3 = data2.segmentEntered;
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
const err7 = {instancePath:instancePath+"/exitWhen/" + i0+"/segmentEntered",schemaPath:"#/properties/exitWhen/items/properties/segmentEntered/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/exitWhen/" + i0+"/segmentEntered",schemaPath:"#/properties/exitWhen/items/properties/segmentEntered/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.segmentExited !== undefined){
let data4 = data2.segmentExited;
if(typeof data4 === "string"){
if(!pattern4.test(data4)){
const err9 = {instancePath:instancePath+"/exitWhen/" + i0+"/segmentExited",schemaPath:"#/properties/exitWhen/items/properties/segmentExited/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/exitWhen/" + i0+"/segmentExited",schemaPath:"#/properties/exitWhen/items/properties/segmentExited/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.fhirChange !== undefined){
let data5 = data2.fhirChange;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.resourceType === undefined){
const err11 = {instancePath:instancePath+"/exitWhen/" + i0+"/fhirChange",schemaPath:"#/properties/exitWhen/items/properties/fhirChange/required",keyword:"required",params:{missingProperty: "resourceType"},message:"must have required property '"+"resourceType"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key2 in data5){
if(!((((key2 === "resourceType") || (key2 === "actions")) || (key2 === "condition")) || (key2 === "sameResource"))){
const err12 = {instancePath:instancePath+"/exitWhen/" + i0+"/fhirChange",schemaPath:"#/properties/exitWhen/items/properties/fhirChange/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data5.resourceType !== undefined){
let data6 = data5.resourceType;
if(typeof data6 !== "string"){
const err13 = {instancePath:instancePath+"/exitWhen/" + i0+"/fhirChange/resourceType",schemaPath:"#/properties/exitWhen/items/properties/fhirChange/properties/resourceType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!((((((((((data6 === "Patient") || (data6 === "Appointment")) || (data6 === "Encounter")) || (data6 === "Observation")) || (data6 === "Condition")) || (data6 === "Procedure")) || (data6 === "Immunization")) || (data6 === "MedicationRequest")) || (data6 === "ServiceRequest")) || (data6 === "EpisodeOfCare"))){
const err14 = {instancePath:instancePath+"/exitWhen/" + i0+"/fhirChange/resourceType",schemaPath:"#/properties/exitWhen/items/properties/fhirChange/properties/resourceType/enum",keyword:"enum",params:{allowedValues: schema35.properties.exitWhen.items.properties.fhirChange.properties.resourceType.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data5.actions !== undefined){
let data7 = data5.actions;
if(Array.isArray(data7)){
if(data7.length < 1){
const err15 = {instancePath:instancePath+"/exitWhen/" + i0+"/fhirChange/actions",schemaPath:"#/properties/exitWhen/items/properties/fhirChange/properties/actions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
if(typeof data8 !== "string"){
const err16 = {instancePath:instancePath+"/exitWhen/" + i0+"/fhirChange/actions/" + i1,schemaPath:"#/properties/exitWhen/items/properties/fhirChange/properties/actions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!(((data8 === "create") || (data8 === "update")) || (data8 === "delete"))){
const err17 = {instancePath:instancePath+"/exitWhen/" + i0+"/fhirChange/actions/" + i1,schemaPath:"#/properties/exitWhen/items/properties/fhirChange/properties/actions/items/enum",keyword:"enum",params:{allowedValues: schema35.properties.exitWhen.items.properties.fhirChange.properties.actions.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
let i2 = data7.length;
let j0;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data7[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err18 = {instancePath:instancePath+"/exitWhen/" + i0+"/fhirChange/actions",schemaPath:"#/properties/exitWhen/items/properties/fhirChange/properties/actions/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
break;
}
indices0[item0] = i2;
}
}
}
else {
const err19 = {instancePath:instancePath+"/exitWhen/" + i0+"/fhirChange/actions",schemaPath:"#/properties/exitWhen/items/properties/fhirChange/properties/actions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data5.condition !== undefined){
let data9 = data5.condition;
if(typeof data9 === "string"){
if(func2(data9) > 2000){
const err20 = {instancePath:instancePath+"/exitWhen/" + i0+"/fhirChange/condition",schemaPath:"#/properties/exitWhen/items/properties/fhirChange/properties/condition/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(func2(data9) < 1){
const err21 = {instancePath:instancePath+"/exitWhen/" + i0+"/fhirChange/condition",schemaPath:"#/properties/exitWhen/items/properties/fhirChange/properties/condition/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/exitWhen/" + i0+"/fhirChange/condition",schemaPath:"#/properties/exitWhen/items/properties/fhirChange/properties/condition/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data5.sameResource !== undefined){
if(typeof data5.sameResource !== "boolean"){
const err23 = {instancePath:instancePath+"/exitWhen/" + i0+"/fhirChange/sameResource",schemaPath:"#/properties/exitWhen/items/properties/fhirChange/properties/sameResource/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/exitWhen/" + i0+"/fhirChange",schemaPath:"#/properties/exitWhen/items/properties/fhirChange/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data2.reply !== undefined){
let data11 = data2.reply;
if(typeof data11 === "string"){
if(!pattern4.test(data11)){
const err25 = {instancePath:instancePath+"/exitWhen/" + i0+"/reply",schemaPath:"#/properties/exitWhen/items/properties/reply/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/exitWhen/" + i0+"/reply",schemaPath:"#/properties/exitWhen/items/properties/reply/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data2.engagement !== undefined){
let data12 = data2.engagement;
if(typeof data12 !== "string"){
const err27 = {instancePath:instancePath+"/exitWhen/" + i0+"/engagement",schemaPath:"#/properties/exitWhen/items/properties/engagement/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!((data12 === "opened") || (data12 === "clicked"))){
const err28 = {instancePath:instancePath+"/exitWhen/" + i0+"/engagement",schemaPath:"#/properties/exitWhen/items/properties/engagement/enum",keyword:"enum",params:{allowedValues: schema35.properties.exitWhen.items.properties.engagement.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/exitWhen/" + i0,schemaPath:"#/properties/exitWhen/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/exitWhen",schemaPath:"#/properties/exitWhen/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.enrolledAt !== undefined){
let data13 = data.enrolledAt;
if(typeof data13 === "string"){
if(!pattern98.test(data13)){
const err31 = {instancePath:instancePath+"/enrolledAt",schemaPath:"#/properties/enrolledAt/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"+"\""};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/enrolledAt",schemaPath:"#/properties/enrolledAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
validate51.errors = vErrors;
return errors === 0;
}

export const validateRegisterWaitPayload = validate52;
const schema36 = {"type":"object","additionalProperties":false,"required":["patientId","journeyId","journeyVersion","executionId","stepId","taskToken","event","expiresInSeconds","stepStartedAt"],"properties":{"patientId":{"type":"string","pattern":"^[A-Za-z0-9\\-\\.]{1,64}$"},"journeyId":{"type":"string","pattern":"^[A-Za-z0-9_\\-\\.:]{1,128}$"},"journeyVersion":{"type":"integer","minimum":1},"executionId":{"type":"string","pattern":"^[A-Za-z0-9_\\-]{1,80}$"},"stepId":{"type":"string","pattern":"^[A-Za-z0-9_\\-\\.:]{1,128}$"},"triggeringResource":{"type":"object","required":["resourceType","id"],"additionalProperties":false,"properties":{"resourceType":{"type":"string","pattern":"^[A-Z][A-Za-z]{1,63}$"},"id":{"type":"string","pattern":"^[A-Za-z0-9\\-\\.]{1,64}$"}}},"taskToken":{"type":"string","minLength":1,"maxLength":2048},"event":{"type":"object","description":"Exactly one key: the kind of event.","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"segmentEntered":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,63}$"},"segmentExited":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,63}$"},"fhirChange":{"type":"object","required":["resourceType"],"additionalProperties":false,"properties":{"resourceType":{"type":"string","enum":["Patient","Appointment","Encounter","Observation","Condition","Procedure","Immunization","MedicationRequest","ServiceRequest","EpisodeOfCare"]},"actions":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["create","update","delete"]},"description":"default: every action"},"condition":{"type":"string","minLength":1,"maxLength":2000,"description":"FHIRPath, true to match: `%current` is the resource after the change (empty for a delete), `%previous` before it (empty for a create)"},"sameResource":{"type":"boolean","description":"only a change of the resource that started the journey (the appointment it reminds of)"}}},"reply":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,63}$","description":"a Patient Replied event (SMS keyword or link), e.g. appointment-confirmed"},"engagement":{"type":"string","enum":["opened","clicked"],"description":"the patient opened or clicked a message of this journey"}}},"expiresInSeconds":{"type":"integer","minimum":1},"stepStartedAt":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"},"resourceMoment":{"type":"string","enum":["ahead","due","gone"]}}};

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.patientId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "patientId"},message:"must have required property '"+"patientId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.journeyId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "journeyId"},message:"must have required property '"+"journeyId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.journeyVersion === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "journeyVersion"},message:"must have required property '"+"journeyVersion"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.executionId === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "executionId"},message:"must have required property '"+"executionId"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.stepId === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "stepId"},message:"must have required property '"+"stepId"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.taskToken === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "taskToken"},message:"must have required property '"+"taskToken"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.event === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "event"},message:"must have required property '"+"event"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.expiresInSeconds === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "expiresInSeconds"},message:"must have required property '"+"expiresInSeconds"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.stepStartedAt === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "stepStartedAt"},message:"must have required property '"+"stepStartedAt"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key0 in data){
if(!(func55.call(schema36.properties, key0))){
const err9 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.patientId !== undefined){
let data0 = data.patientId;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err10 = {instancePath:instancePath+"/patientId",schemaPath:"#/properties/patientId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9\\-\\.]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9\\-\\.]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/patientId",schemaPath:"#/properties/patientId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.journeyId !== undefined){
let data1 = data.journeyId;
if(typeof data1 === "string"){
if(!pattern12.test(data1)){
const err12 = {instancePath:instancePath+"/journeyId",schemaPath:"#/properties/journeyId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_\\-\\.:]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9_\\-\\.:]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/journeyId",schemaPath:"#/properties/journeyId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.journeyVersion !== undefined){
let data2 = data.journeyVersion;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err14 = {instancePath:instancePath+"/journeyVersion",schemaPath:"#/properties/journeyVersion/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err15 = {instancePath:instancePath+"/journeyVersion",schemaPath:"#/properties/journeyVersion/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data.executionId !== undefined){
let data3 = data.executionId;
if(typeof data3 === "string"){
if(!pattern13.test(data3)){
const err16 = {instancePath:instancePath+"/executionId",schemaPath:"#/properties/executionId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_\\-]{1,80}$"},message:"must match pattern \""+"^[A-Za-z0-9_\\-]{1,80}$"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/executionId",schemaPath:"#/properties/executionId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.stepId !== undefined){
let data4 = data.stepId;
if(typeof data4 === "string"){
if(!pattern12.test(data4)){
const err18 = {instancePath:instancePath+"/stepId",schemaPath:"#/properties/stepId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_\\-\\.:]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9_\\-\\.:]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/stepId",schemaPath:"#/properties/stepId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.triggeringResource !== undefined){
let data5 = data.triggeringResource;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.resourceType === undefined){
const err20 = {instancePath:instancePath+"/triggeringResource",schemaPath:"#/properties/triggeringResource/required",keyword:"required",params:{missingProperty: "resourceType"},message:"must have required property '"+"resourceType"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data5.id === undefined){
const err21 = {instancePath:instancePath+"/triggeringResource",schemaPath:"#/properties/triggeringResource/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
for(const key1 in data5){
if(!((key1 === "resourceType") || (key1 === "id"))){
const err22 = {instancePath:instancePath+"/triggeringResource",schemaPath:"#/properties/triggeringResource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data5.resourceType !== undefined){
let data6 = data5.resourceType;
if(typeof data6 === "string"){
if(!pattern18.test(data6)){
const err23 = {instancePath:instancePath+"/triggeringResource/resourceType",schemaPath:"#/properties/triggeringResource/properties/resourceType/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Za-z]{1,63}$"},message:"must match pattern \""+"^[A-Z][A-Za-z]{1,63}$"+"\""};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/triggeringResource/resourceType",schemaPath:"#/properties/triggeringResource/properties/resourceType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data5.id !== undefined){
let data7 = data5.id;
if(typeof data7 === "string"){
if(!pattern0.test(data7)){
const err25 = {instancePath:instancePath+"/triggeringResource/id",schemaPath:"#/properties/triggeringResource/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9\\-\\.]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9\\-\\.]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/triggeringResource/id",schemaPath:"#/properties/triggeringResource/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/triggeringResource",schemaPath:"#/properties/triggeringResource/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.taskToken !== undefined){
let data8 = data.taskToken;
if(typeof data8 === "string"){
if(func2(data8) > 2048){
const err28 = {instancePath:instancePath+"/taskToken",schemaPath:"#/properties/taskToken/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(func2(data8) < 1){
const err29 = {instancePath:instancePath+"/taskToken",schemaPath:"#/properties/taskToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/taskToken",schemaPath:"#/properties/taskToken/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.event !== undefined){
let data9 = data.event;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(Object.keys(data9).length > 1){
const err31 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(Object.keys(data9).length < 1){
const err32 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
for(const key2 in data9){
if(!(((((key2 === "segmentEntered") || (key2 === "segmentExited")) || (key2 === "fhirChange")) || (key2 === "reply")) || (key2 === "engagement"))){
const err33 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data9.segmentEntered !== undefined){
let data10 = data9.segmentEntered;
if(typeof data10 === "string"){
if(!pattern4.test(data10)){
const err34 = {instancePath:instancePath+"/event/segmentEntered",schemaPath:"#/properties/event/properties/segmentEntered/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/event/segmentEntered",schemaPath:"#/properties/event/properties/segmentEntered/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data9.segmentExited !== undefined){
let data11 = data9.segmentExited;
if(typeof data11 === "string"){
if(!pattern4.test(data11)){
const err36 = {instancePath:instancePath+"/event/segmentExited",schemaPath:"#/properties/event/properties/segmentExited/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/event/segmentExited",schemaPath:"#/properties/event/properties/segmentExited/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data9.fhirChange !== undefined){
let data12 = data9.fhirChange;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.resourceType === undefined){
const err38 = {instancePath:instancePath+"/event/fhirChange",schemaPath:"#/properties/event/properties/fhirChange/required",keyword:"required",params:{missingProperty: "resourceType"},message:"must have required property '"+"resourceType"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
for(const key3 in data12){
if(!((((key3 === "resourceType") || (key3 === "actions")) || (key3 === "condition")) || (key3 === "sameResource"))){
const err39 = {instancePath:instancePath+"/event/fhirChange",schemaPath:"#/properties/event/properties/fhirChange/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data12.resourceType !== undefined){
let data13 = data12.resourceType;
if(typeof data13 !== "string"){
const err40 = {instancePath:instancePath+"/event/fhirChange/resourceType",schemaPath:"#/properties/event/properties/fhirChange/properties/resourceType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(!((((((((((data13 === "Patient") || (data13 === "Appointment")) || (data13 === "Encounter")) || (data13 === "Observation")) || (data13 === "Condition")) || (data13 === "Procedure")) || (data13 === "Immunization")) || (data13 === "MedicationRequest")) || (data13 === "ServiceRequest")) || (data13 === "EpisodeOfCare"))){
const err41 = {instancePath:instancePath+"/event/fhirChange/resourceType",schemaPath:"#/properties/event/properties/fhirChange/properties/resourceType/enum",keyword:"enum",params:{allowedValues: schema36.properties.event.properties.fhirChange.properties.resourceType.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data12.actions !== undefined){
let data14 = data12.actions;
if(Array.isArray(data14)){
if(data14.length < 1){
const err42 = {instancePath:instancePath+"/event/fhirChange/actions",schemaPath:"#/properties/event/properties/fhirChange/properties/actions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
const len0 = data14.length;
for(let i0=0; i0<len0; i0++){
let data15 = data14[i0];
if(typeof data15 !== "string"){
const err43 = {instancePath:instancePath+"/event/fhirChange/actions/" + i0,schemaPath:"#/properties/event/properties/fhirChange/properties/actions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(!(((data15 === "create") || (data15 === "update")) || (data15 === "delete"))){
const err44 = {instancePath:instancePath+"/event/fhirChange/actions/" + i0,schemaPath:"#/properties/event/properties/fhirChange/properties/actions/items/enum",keyword:"enum",params:{allowedValues: schema36.properties.event.properties.fhirChange.properties.actions.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
let i1 = data14.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data14[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err45 = {instancePath:instancePath+"/event/fhirChange/actions",schemaPath:"#/properties/event/properties/fhirChange/properties/actions/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err46 = {instancePath:instancePath+"/event/fhirChange/actions",schemaPath:"#/properties/event/properties/fhirChange/properties/actions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data12.condition !== undefined){
let data16 = data12.condition;
if(typeof data16 === "string"){
if(func2(data16) > 2000){
const err47 = {instancePath:instancePath+"/event/fhirChange/condition",schemaPath:"#/properties/event/properties/fhirChange/properties/condition/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(func2(data16) < 1){
const err48 = {instancePath:instancePath+"/event/fhirChange/condition",schemaPath:"#/properties/event/properties/fhirChange/properties/condition/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/event/fhirChange/condition",schemaPath:"#/properties/event/properties/fhirChange/properties/condition/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data12.sameResource !== undefined){
if(typeof data12.sameResource !== "boolean"){
const err50 = {instancePath:instancePath+"/event/fhirChange/sameResource",schemaPath:"#/properties/event/properties/fhirChange/properties/sameResource/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/event/fhirChange",schemaPath:"#/properties/event/properties/fhirChange/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data9.reply !== undefined){
let data18 = data9.reply;
if(typeof data18 === "string"){
if(!pattern4.test(data18)){
const err52 = {instancePath:instancePath+"/event/reply",schemaPath:"#/properties/event/properties/reply/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/event/reply",schemaPath:"#/properties/event/properties/reply/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data9.engagement !== undefined){
let data19 = data9.engagement;
if(typeof data19 !== "string"){
const err54 = {instancePath:instancePath+"/event/engagement",schemaPath:"#/properties/event/properties/engagement/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(!((data19 === "opened") || (data19 === "clicked"))){
const err55 = {instancePath:instancePath+"/event/engagement",schemaPath:"#/properties/event/properties/engagement/enum",keyword:"enum",params:{allowedValues: schema36.properties.event.properties.engagement.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/event",schemaPath:"#/properties/event/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.expiresInSeconds !== undefined){
let data20 = data.expiresInSeconds;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err57 = {instancePath:instancePath+"/expiresInSeconds",schemaPath:"#/properties/expiresInSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 1 || isNaN(data20)){
const err58 = {instancePath:instancePath+"/expiresInSeconds",schemaPath:"#/properties/expiresInSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
if(data.stepStartedAt !== undefined){
let data21 = data.stepStartedAt;
if(typeof data21 === "string"){
if(!pattern98.test(data21)){
const err59 = {instancePath:instancePath+"/stepStartedAt",schemaPath:"#/properties/stepStartedAt/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"+"\""};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/stepStartedAt",schemaPath:"#/properties/stepStartedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data.resourceMoment !== undefined){
let data22 = data.resourceMoment;
if(typeof data22 !== "string"){
const err61 = {instancePath:instancePath+"/resourceMoment",schemaPath:"#/properties/resourceMoment/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(!(((data22 === "ahead") || (data22 === "due")) || (data22 === "gone"))){
const err62 = {instancePath:instancePath+"/resourceMoment",schemaPath:"#/properties/resourceMoment/enum",keyword:"enum",params:{allowedValues: schema36.properties.resourceMoment.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
validate52.errors = vErrors;
return errors === 0;
}

export const validateCheckExitPayload = validate53;
const schema37 = {"type":"object","additionalProperties":false,"required":["patientId","journeyId","journeyVersion","executionId","stepId","exitWhen","enrolledAt"],"properties":{"patientId":{"type":"string","pattern":"^[A-Za-z0-9\\-\\.]{1,64}$"},"journeyId":{"type":"string","pattern":"^[A-Za-z0-9_\\-\\.:]{1,128}$"},"journeyVersion":{"type":"integer","minimum":1},"executionId":{"type":"string","pattern":"^[A-Za-z0-9_\\-]{1,80}$"},"stepId":{"type":"string","pattern":"^[A-Za-z0-9_\\-\\.:]{1,128}$"},"triggeringResource":{"type":"object","required":["resourceType","id"],"additionalProperties":false,"properties":{"resourceType":{"type":"string","pattern":"^[A-Z][A-Za-z]{1,63}$"},"id":{"type":"string","pattern":"^[A-Za-z0-9\\-\\.]{1,64}$"}}},"exitWhen":{"type":"array","items":{"type":"object","description":"Exactly one key: the kind of event.","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"segmentEntered":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,63}$"},"segmentExited":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,63}$"},"fhirChange":{"type":"object","required":["resourceType"],"additionalProperties":false,"properties":{"resourceType":{"type":"string","enum":["Patient","Appointment","Encounter","Observation","Condition","Procedure","Immunization","MedicationRequest","ServiceRequest","EpisodeOfCare"]},"actions":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","enum":["create","update","delete"]},"description":"default: every action"},"condition":{"type":"string","minLength":1,"maxLength":2000,"description":"FHIRPath, true to match: `%current` is the resource after the change (empty for a delete), `%previous` before it (empty for a create)"},"sameResource":{"type":"boolean","description":"only a change of the resource that started the journey (the appointment it reminds of)"}}},"reply":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,63}$","description":"a Patient Replied event (SMS keyword or link), e.g. appointment-confirmed"},"engagement":{"type":"string","enum":["opened","clicked"],"description":"the patient opened or clicked a message of this journey"}}}},"enrolledAt":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"}}};

function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.patientId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "patientId"},message:"must have required property '"+"patientId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.journeyId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "journeyId"},message:"must have required property '"+"journeyId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.journeyVersion === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "journeyVersion"},message:"must have required property '"+"journeyVersion"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.executionId === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "executionId"},message:"must have required property '"+"executionId"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.stepId === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "stepId"},message:"must have required property '"+"stepId"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.exitWhen === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "exitWhen"},message:"must have required property '"+"exitWhen"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.enrolledAt === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "enrolledAt"},message:"must have required property '"+"enrolledAt"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "patientId") || (key0 === "journeyId")) || (key0 === "journeyVersion")) || (key0 === "executionId")) || (key0 === "stepId")) || (key0 === "triggeringResource")) || (key0 === "exitWhen")) || (key0 === "enrolledAt"))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.patientId !== undefined){
let data0 = data.patientId;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err8 = {instancePath:instancePath+"/patientId",schemaPath:"#/properties/patientId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9\\-\\.]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9\\-\\.]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/patientId",schemaPath:"#/properties/patientId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.journeyId !== undefined){
let data1 = data.journeyId;
if(typeof data1 === "string"){
if(!pattern12.test(data1)){
const err10 = {instancePath:instancePath+"/journeyId",schemaPath:"#/properties/journeyId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_\\-\\.:]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9_\\-\\.:]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/journeyId",schemaPath:"#/properties/journeyId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.journeyVersion !== undefined){
let data2 = data.journeyVersion;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err12 = {instancePath:instancePath+"/journeyVersion",schemaPath:"#/properties/journeyVersion/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err13 = {instancePath:instancePath+"/journeyVersion",schemaPath:"#/properties/journeyVersion/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.executionId !== undefined){
let data3 = data.executionId;
if(typeof data3 === "string"){
if(!pattern13.test(data3)){
const err14 = {instancePath:instancePath+"/executionId",schemaPath:"#/properties/executionId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_\\-]{1,80}$"},message:"must match pattern \""+"^[A-Za-z0-9_\\-]{1,80}$"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/executionId",schemaPath:"#/properties/executionId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.stepId !== undefined){
let data4 = data.stepId;
if(typeof data4 === "string"){
if(!pattern12.test(data4)){
const err16 = {instancePath:instancePath+"/stepId",schemaPath:"#/properties/stepId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_\\-\\.:]{1,128}$"},message:"must match pattern \""+"^[A-Za-z0-9_\\-\\.:]{1,128}$"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/stepId",schemaPath:"#/properties/stepId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.triggeringResource !== undefined){
let data5 = data.triggeringResource;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.resourceType === undefined){
const err18 = {instancePath:instancePath+"/triggeringResource",schemaPath:"#/properties/triggeringResource/required",keyword:"required",params:{missingProperty: "resourceType"},message:"must have required property '"+"resourceType"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data5.id === undefined){
const err19 = {instancePath:instancePath+"/triggeringResource",schemaPath:"#/properties/triggeringResource/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key1 in data5){
if(!((key1 === "resourceType") || (key1 === "id"))){
const err20 = {instancePath:instancePath+"/triggeringResource",schemaPath:"#/properties/triggeringResource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data5.resourceType !== undefined){
let data6 = data5.resourceType;
if(typeof data6 === "string"){
if(!pattern18.test(data6)){
const err21 = {instancePath:instancePath+"/triggeringResource/resourceType",schemaPath:"#/properties/triggeringResource/properties/resourceType/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Za-z]{1,63}$"},message:"must match pattern \""+"^[A-Z][A-Za-z]{1,63}$"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/triggeringResource/resourceType",schemaPath:"#/properties/triggeringResource/properties/resourceType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data5.id !== undefined){
let data7 = data5.id;
if(typeof data7 === "string"){
if(!pattern0.test(data7)){
const err23 = {instancePath:instancePath+"/triggeringResource/id",schemaPath:"#/properties/triggeringResource/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9\\-\\.]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9\\-\\.]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/triggeringResource/id",schemaPath:"#/properties/triggeringResource/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/triggeringResource",schemaPath:"#/properties/triggeringResource/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.exitWhen !== undefined){
let data8 = data.exitWhen;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(Object.keys(data9).length > 1){
const err26 = {instancePath:instancePath+"/exitWhen/" + i0,schemaPath:"#/properties/exitWhen/items/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(Object.keys(data9).length < 1){
const err27 = {instancePath:instancePath+"/exitWhen/" + i0,schemaPath:"#/properties/exitWhen/items/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
for(const key2 in data9){
if(!(((((key2 === "segmentEntered") || (key2 === "segmentExited")) || (key2 === "fhirChange")) || (key2 === "reply")) || (key2 === "engagement"))){
const err28 = {instancePath:instancePath+"/exitWhen/" + i0,schemaPath:"#/properties/exitWhen/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data9.segmentEntered !== undefined){
let data10 = data9.segmentEntered;
if(typeof data10 === "string"){
if(!pattern4.test(data10)){
const err29 = {instancePath:instancePath+"/exitWhen/" + i0+"/segmentEntered",schemaPath:"#/properties/exitWhen/items/properties/segmentEntered/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/exitWhen/" + i0+"/segmentEntered",schemaPath:"#/properties/exitWhen/items/properties/segmentEntered/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data9.segmentExited !== undefined){
let data11 = data9.segmentExited;
if(typeof data11 === "string"){
if(!pattern4.test(data11)){
const err31 = {instancePath:instancePath+"/exitWhen/" + i0+"/segmentExited",schemaPath:"#/properties/exitWhen/items/properties/segmentExited/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/exitWhen/" + i0+"/segmentExited",schemaPath:"#/properties/exitWhen/items/properties/segmentExited/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data9.fhirChange !== undefined){
let data12 = data9.fhirChange;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.resourceType === undefined){
const err33 = {instancePath:instancePath+"/exitWhen/" + i0+"/fhirChange",schemaPath:"#/properties/exitWhen/items/properties/fhirChange/required",keyword:"required",params:{missingProperty: "resourceType"},message:"must have required property '"+"resourceType"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
for(const key3 in data12){
if(!((((key3 === "resourceType") || (key3 === "actions")) || (key3 === "condition")) || (key3 === "sameResource"))){
const err34 = {instancePath:instancePath+"/exitWhen/" + i0+"/fhirChange",schemaPath:"#/properties/exitWhen/items/properties/fhirChange/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data12.resourceType !== undefined){
let data13 = data12.resourceType;
if(typeof data13 !== "string"){
const err35 = {instancePath:instancePath+"/exitWhen/" + i0+"/fhirChange/resourceType",schemaPath:"#/properties/exitWhen/items/properties/fhirChange/properties/resourceType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(!((((((((((data13 === "Patient") || (data13 === "Appointment")) || (data13 === "Encounter")) || (data13 === "Observation")) || (data13 === "Condition")) || (data13 === "Procedure")) || (data13 === "Immunization")) || (data13 === "MedicationRequest")) || (data13 === "ServiceRequest")) || (data13 === "EpisodeOfCare"))){
const err36 = {instancePath:instancePath+"/exitWhen/" + i0+"/fhirChange/resourceType",schemaPath:"#/properties/exitWhen/items/properties/fhirChange/properties/resourceType/enum",keyword:"enum",params:{allowedValues: schema37.properties.exitWhen.items.properties.fhirChange.properties.resourceType.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data12.actions !== undefined){
let data14 = data12.actions;
if(Array.isArray(data14)){
if(data14.length < 1){
const err37 = {instancePath:instancePath+"/exitWhen/" + i0+"/fhirChange/actions",schemaPath:"#/properties/exitWhen/items/properties/fhirChange/properties/actions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
const len1 = data14.length;
for(let i1=0; i1<len1; i1++){
let data15 = data14[i1];
if(typeof data15 !== "string"){
const err38 = {instancePath:instancePath+"/exitWhen/" + i0+"/fhirChange/actions/" + i1,schemaPath:"#/properties/exitWhen/items/properties/fhirChange/properties/actions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(!(((data15 === "create") || (data15 === "update")) || (data15 === "delete"))){
const err39 = {instancePath:instancePath+"/exitWhen/" + i0+"/fhirChange/actions/" + i1,schemaPath:"#/properties/exitWhen/items/properties/fhirChange/properties/actions/items/enum",keyword:"enum",params:{allowedValues: schema37.properties.exitWhen.items.properties.fhirChange.properties.actions.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
let i2 = data14.length;
let j0;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data14[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err40 = {instancePath:instancePath+"/exitWhen/" + i0+"/fhirChange/actions",schemaPath:"#/properties/exitWhen/items/properties/fhirChange/properties/actions/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
break;
}
indices0[item0] = i2;
}
}
}
else {
const err41 = {instancePath:instancePath+"/exitWhen/" + i0+"/fhirChange/actions",schemaPath:"#/properties/exitWhen/items/properties/fhirChange/properties/actions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data12.condition !== undefined){
let data16 = data12.condition;
if(typeof data16 === "string"){
if(func2(data16) > 2000){
const err42 = {instancePath:instancePath+"/exitWhen/" + i0+"/fhirChange/condition",schemaPath:"#/properties/exitWhen/items/properties/fhirChange/properties/condition/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(func2(data16) < 1){
const err43 = {instancePath:instancePath+"/exitWhen/" + i0+"/fhirChange/condition",schemaPath:"#/properties/exitWhen/items/properties/fhirChange/properties/condition/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/exitWhen/" + i0+"/fhirChange/condition",schemaPath:"#/properties/exitWhen/items/properties/fhirChange/properties/condition/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data12.sameResource !== undefined){
if(typeof data12.sameResource !== "boolean"){
const err45 = {instancePath:instancePath+"/exitWhen/" + i0+"/fhirChange/sameResource",schemaPath:"#/properties/exitWhen/items/properties/fhirChange/properties/sameResource/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/exitWhen/" + i0+"/fhirChange",schemaPath:"#/properties/exitWhen/items/properties/fhirChange/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data9.reply !== undefined){
let data18 = data9.reply;
if(typeof data18 === "string"){
if(!pattern4.test(data18)){
const err47 = {instancePath:instancePath+"/exitWhen/" + i0+"/reply",schemaPath:"#/properties/exitWhen/items/properties/reply/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/exitWhen/" + i0+"/reply",schemaPath:"#/properties/exitWhen/items/properties/reply/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data9.engagement !== undefined){
let data19 = data9.engagement;
if(typeof data19 !== "string"){
const err49 = {instancePath:instancePath+"/exitWhen/" + i0+"/engagement",schemaPath:"#/properties/exitWhen/items/properties/engagement/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(!((data19 === "opened") || (data19 === "clicked"))){
const err50 = {instancePath:instancePath+"/exitWhen/" + i0+"/engagement",schemaPath:"#/properties/exitWhen/items/properties/engagement/enum",keyword:"enum",params:{allowedValues: schema37.properties.exitWhen.items.properties.engagement.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/exitWhen/" + i0,schemaPath:"#/properties/exitWhen/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/exitWhen",schemaPath:"#/properties/exitWhen/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.enrolledAt !== undefined){
let data20 = data.enrolledAt;
if(typeof data20 === "string"){
if(!pattern98.test(data20)){
const err53 = {instancePath:instancePath+"/enrolledAt",schemaPath:"#/properties/enrolledAt/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"+"\""};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/enrolledAt",schemaPath:"#/properties/enrolledAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
validate53.errors = vErrors;
return errors === 0;
}

export const validateMemberPageRequest = validate54;
const schema38 = {"type":"object","required":["segmentId"],"additionalProperties":false,"properties":{"segmentId":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,63}$"},"cursor":{"type":"string","minLength":1,"maxLength":2048}}};

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.segmentId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "segmentId"},message:"must have required property '"+"segmentId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "segmentId") || (key0 === "cursor"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.segmentId !== undefined){
let data0 = data.segmentId;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err2 = {instancePath:instancePath+"/segmentId",schemaPath:"#/properties/segmentId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/segmentId",schemaPath:"#/properties/segmentId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.cursor !== undefined){
let data1 = data.cursor;
if(typeof data1 === "string"){
if(func2(data1) > 2048){
const err4 = {instancePath:instancePath+"/cursor",schemaPath:"#/properties/cursor/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func2(data1) < 1){
const err5 = {instancePath:instancePath+"/cursor",schemaPath:"#/properties/cursor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/cursor",schemaPath:"#/properties/cursor/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate54.errors = vErrors;
return errors === 0;
}

export const validateBulkEnrolmentPage = validate55;
const schema39 = {"type":"object","required":["journeyId","patientIds","cause","runId"],"additionalProperties":false,"properties":{"journeyId":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{0,63}$"},"patientIds":{"type":"array","maxItems":1000,"items":{"type":"string","pattern":"^[A-Za-z0-9\\-.]{1,64}$"}},"cause":{"type":"string","enum":["schedule","staff"]},"runId":{"type":"string","minLength":1,"maxLength":128}}};
const pattern121 = new RegExp("^[A-Za-z0-9\\-.]{1,64}$", "u");

function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.journeyId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "journeyId"},message:"must have required property '"+"journeyId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.patientIds === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "patientIds"},message:"must have required property '"+"patientIds"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.cause === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cause"},message:"must have required property '"+"cause"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.runId === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "runId"},message:"must have required property '"+"runId"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "journeyId") || (key0 === "patientIds")) || (key0 === "cause")) || (key0 === "runId"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.journeyId !== undefined){
let data0 = data.journeyId;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err5 = {instancePath:instancePath+"/journeyId",schemaPath:"#/properties/journeyId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{0,63}$"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/journeyId",schemaPath:"#/properties/journeyId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.patientIds !== undefined){
let data1 = data.patientIds;
if(Array.isArray(data1)){
if(data1.length > 1000){
const err7 = {instancePath:instancePath+"/patientIds",schemaPath:"#/properties/patientIds/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 === "string"){
if(!pattern121.test(data2)){
const err8 = {instancePath:instancePath+"/patientIds/" + i0,schemaPath:"#/properties/patientIds/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9\\-.]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9\\-.]{1,64}$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/patientIds/" + i0,schemaPath:"#/properties/patientIds/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/patientIds",schemaPath:"#/properties/patientIds/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.cause !== undefined){
let data3 = data.cause;
if(typeof data3 !== "string"){
const err11 = {instancePath:instancePath+"/cause",schemaPath:"#/properties/cause/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!((data3 === "schedule") || (data3 === "staff"))){
const err12 = {instancePath:instancePath+"/cause",schemaPath:"#/properties/cause/enum",keyword:"enum",params:{allowedValues: schema39.properties.cause.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.runId !== undefined){
let data4 = data.runId;
if(typeof data4 === "string"){
if(func2(data4) > 128){
const err13 = {instancePath:instancePath+"/runId",schemaPath:"#/properties/runId/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(func2(data4) < 1){
const err14 = {instancePath:instancePath+"/runId",schemaPath:"#/properties/runId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/runId",schemaPath:"#/properties/runId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate55.errors = vErrors;
return errors === 0;
}

export const validateFhirPathRequest = validate56;
const schema40 = {"oneOf":[{"type":"object","additionalProperties":false,"required":["check"],"properties":{"check":{"type":"array","maxItems":500,"items":{"type":"object","additionalProperties":false,"required":["expression","context"],"properties":{"expression":{"type":"string","minLength":1,"maxLength":4000},"context":{"type":"string","enum":["segment","change","branch"]}}}}}},{"type":"object","additionalProperties":false,"required":["evaluate"],"properties":{"evaluate":{"type":"array","maxItems":500,"items":{"type":"object","additionalProperties":false,"required":["condition","change"],"properties":{"condition":{"type":"string","minLength":1,"maxLength":4000},"change":{"type":"object","additionalProperties":false,"properties":{"current":{"type":"object","required":["resourceType"],"properties":{"resourceType":{"type":"string"}}},"previous":{"type":"object","required":["resourceType"],"properties":{"resourceType":{"type":"string"}}}}}}}}}}]};

function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.check === undefined){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "check"},message:"must have required property '"+"check"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "check")){
const err1 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.check !== undefined){
let data0 = data.check;
if(Array.isArray(data0)){
if(data0.length > 500){
const err2 = {instancePath:instancePath+"/check",schemaPath:"#/oneOf/0/properties/check/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.expression === undefined){
const err3 = {instancePath:instancePath+"/check/" + i0,schemaPath:"#/oneOf/0/properties/check/items/required",keyword:"required",params:{missingProperty: "expression"},message:"must have required property '"+"expression"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.context === undefined){
const err4 = {instancePath:instancePath+"/check/" + i0,schemaPath:"#/oneOf/0/properties/check/items/required",keyword:"required",params:{missingProperty: "context"},message:"must have required property '"+"context"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "expression") || (key1 === "context"))){
const err5 = {instancePath:instancePath+"/check/" + i0,schemaPath:"#/oneOf/0/properties/check/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.expression !== undefined){
let data2 = data1.expression;
if(typeof data2 === "string"){
if(func2(data2) > 4000){
const err6 = {instancePath:instancePath+"/check/" + i0+"/expression",schemaPath:"#/oneOf/0/properties/check/items/properties/expression/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func2(data2) < 1){
const err7 = {instancePath:instancePath+"/check/" + i0+"/expression",schemaPath:"#/oneOf/0/properties/check/items/properties/expression/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/check/" + i0+"/expression",schemaPath:"#/oneOf/0/properties/check/items/properties/expression/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.context !== undefined){
let data3 = data1.context;
if(typeof data3 !== "string"){
const err9 = {instancePath:instancePath+"/check/" + i0+"/context",schemaPath:"#/oneOf/0/properties/check/items/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(((data3 === "segment") || (data3 === "change")) || (data3 === "branch"))){
const err10 = {instancePath:instancePath+"/check/" + i0+"/context",schemaPath:"#/oneOf/0/properties/check/items/properties/context/enum",keyword:"enum",params:{allowedValues: schema40.oneOf[0].properties.check.items.properties.context.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/check/" + i0,schemaPath:"#/oneOf/0/properties/check/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/check",schemaPath:"#/oneOf/0/properties/check/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs13 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.evaluate === undefined){
const err14 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "evaluate"},message:"must have required property '"+"evaluate"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key2 in data){
if(!(key2 === "evaluate")){
const err15 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.evaluate !== undefined){
let data4 = data.evaluate;
if(Array.isArray(data4)){
if(data4.length > 500){
const err16 = {instancePath:instancePath+"/evaluate",schemaPath:"#/oneOf/1/properties/evaluate/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.condition === undefined){
const err17 = {instancePath:instancePath+"/evaluate/" + i1,schemaPath:"#/oneOf/1/properties/evaluate/items/required",keyword:"required",params:{missingProperty: "condition"},message:"must have required property '"+"condition"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data5.change === undefined){
const err18 = {instancePath:instancePath+"/evaluate/" + i1,schemaPath:"#/oneOf/1/properties/evaluate/items/required",keyword:"required",params:{missingProperty: "change"},message:"must have required property '"+"change"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key3 in data5){
if(!((key3 === "condition") || (key3 === "change"))){
const err19 = {instancePath:instancePath+"/evaluate/" + i1,schemaPath:"#/oneOf/1/properties/evaluate/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data5.condition !== undefined){
let data6 = data5.condition;
if(typeof data6 === "string"){
if(func2(data6) > 4000){
const err20 = {instancePath:instancePath+"/evaluate/" + i1+"/condition",schemaPath:"#/oneOf/1/properties/evaluate/items/properties/condition/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(func2(data6) < 1){
const err21 = {instancePath:instancePath+"/evaluate/" + i1+"/condition",schemaPath:"#/oneOf/1/properties/evaluate/items/properties/condition/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/evaluate/" + i1+"/condition",schemaPath:"#/oneOf/1/properties/evaluate/items/properties/condition/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data5.change !== undefined){
let data7 = data5.change;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key4 in data7){
if(!((key4 === "current") || (key4 === "previous"))){
const err23 = {instancePath:instancePath+"/evaluate/" + i1+"/change",schemaPath:"#/oneOf/1/properties/evaluate/items/properties/change/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data7.current !== undefined){
let data8 = data7.current;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.resourceType === undefined){
const err24 = {instancePath:instancePath+"/evaluate/" + i1+"/change/current",schemaPath:"#/oneOf/1/properties/evaluate/items/properties/change/properties/current/required",keyword:"required",params:{missingProperty: "resourceType"},message:"must have required property '"+"resourceType"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data8.resourceType !== undefined){
if(typeof data8.resourceType !== "string"){
const err25 = {instancePath:instancePath+"/evaluate/" + i1+"/change/current/resourceType",schemaPath:"#/oneOf/1/properties/evaluate/items/properties/change/properties/current/properties/resourceType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/evaluate/" + i1+"/change/current",schemaPath:"#/oneOf/1/properties/evaluate/items/properties/change/properties/current/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data7.previous !== undefined){
let data10 = data7.previous;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.resourceType === undefined){
const err27 = {instancePath:instancePath+"/evaluate/" + i1+"/change/previous",schemaPath:"#/oneOf/1/properties/evaluate/items/properties/change/properties/previous/required",keyword:"required",params:{missingProperty: "resourceType"},message:"must have required property '"+"resourceType"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data10.resourceType !== undefined){
if(typeof data10.resourceType !== "string"){
const err28 = {instancePath:instancePath+"/evaluate/" + i1+"/change/previous/resourceType",schemaPath:"#/oneOf/1/properties/evaluate/items/properties/change/properties/previous/properties/resourceType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/evaluate/" + i1+"/change/previous",schemaPath:"#/oneOf/1/properties/evaluate/items/properties/change/properties/previous/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/evaluate/" + i1+"/change",schemaPath:"#/oneOf/1/properties/evaluate/items/properties/change/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/evaluate/" + i1,schemaPath:"#/oneOf/1/properties/evaluate/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/evaluate",schemaPath:"#/oneOf/1/properties/evaluate/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid0 = _errs13 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err34 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate56.errors = vErrors;
return errors === 0;
}
